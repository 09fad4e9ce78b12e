/**
 * Reading the deploy recipes (the GitHub Pages workflow, netlify.toml, the
 * Dockerfile and .dockerignore) the way their hosts do, and the checks that
 * hold them to the project: the npm commands they run, the folders they keep,
 * upload and mount. Each check returns problems as sentences (empty when all
 * is well), so that tests/unit/deploy-recipes.test.ts can show every one of
 * them failing on a broken recipe as well as passing on the real one.
 */
import path from "node:path";

/** npm commands that are npm's own, not package.json scripts: the ones a recipe may run. */
const NPM_BUILT_INS = new Set(["ci", "install", "cache"]);

/** npm commands that run the package.json script of the same name. */
const NPM_SCRIPT_ALIASES = new Set(["test", "start", "stop", "restart"]);

/** Every `npm …` command in a shell script, as its words (quotes removed; `$VAR` words kept as written). */
export function npmCommands(script: string): string[][] {
  const commands: string[][] = [];
  const joined = script.replace(/\\\r?\n/g, " ");
  for (const line of joined.split(/\r?\n/)) {
    const code = line.replace(/(^|\s)#.*$/, "");
    for (const part of code.split(/&&|\|\||;|\||\bthen\b|\belse\b|\bdo\b/)) {
      const words = shellWords(part);
      const at = words.indexOf("npm");
      if (at !== -1 && words.slice(0, at).every((word) => /^[A-Z_][A-Z0-9_]*=/.test(word))) commands.push(words.slice(at));
    }
  }
  return commands;
}

/** A shell command's words, with single and double quotes removed (enough for the recipes' one-line commands). */
export function shellWords(command: string): string[] {
  return [...command.matchAll(/(?:[^\s"']+|"[^"]*"|'[^']*')+/g)].map((match) => match[0].replace(/"([^"]*)"|'([^']*)'/g, "$1$2"));
}

/** Why an npm command (its words, starting with `npm`) would fail for want of a script, or undefined when it would run. */
export function npmCommandProblem(words: string[], scripts: Record<string, string>): string | undefined {
  const [, command, script] = words;
  const shown = words.join(" ");
  if (command === "run" || command === "run-script") {
    if (!script) return `\`${shown}\` names no script`;
    return script in scripts ? undefined : `\`${shown}\`: package.json has no script "${script}"`;
  }
  if (command && NPM_SCRIPT_ALIASES.has(command)) return command in scripts ? undefined : `\`${shown}\`: package.json has no script "${command}"`;
  if (command && NPM_BUILT_INS.has(command)) return undefined;
  return `\`${shown}\` is not an npm command the recipes are known to need (${[...NPM_BUILT_INS].join(", ")}, run, ${[...NPM_SCRIPT_ALIASES].join(", ")})`;
}

/** The problems of every npm command in `script`; `required` scripts must be run at least once. */
export function npmScriptProblems(script: string, scripts: Record<string, string>, required: string[] = ["build"]): string[] {
  const commands = npmCommands(script);
  const problems = commands.map((words) => npmCommandProblem(words, scripts)).filter((problem): problem is string => problem !== undefined);
  for (const name of required) {
    if (!commands.some((words) => (words[1] === "run" || words[1] === "run-script") && words[2] === name)) problems.push(`no \`npm run ${name}\` is run`);
  }
  return problems;
}

/** The `--name=value` flags of the first `npm run build -- …` in `script` (`--name value` is not what the recipes write). */
export function buildFlags(script: string): Map<string, string> {
  const build = npmCommands(script).find((words) => words[1] === "run" && words[2] === "build");
  const flags = new Map<string, string>();
  if (!build) return flags;
  const separator = build.indexOf("--");
  for (const word of separator === -1 ? [] : build.slice(separator + 1)) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(word);
    if (match) flags.set(match[1]!, match[2] ?? "");
  }
  return flags;
}

/** A recipe's relative folder, as the build resolves it from the project root (`./_site/` and `_site` are one folder). */
export function projectRelative(folder: string): string {
  return path.posix.normalize(folder.replaceAll("\\", "/")).replace(/\/+$/, "").replace(/^\.\//, "");
}

/** One instruction of a Dockerfile: `COPY`, `RUN`, …, its arguments as written and its first line. */
export interface DockerInstruction {
  instruction: string;
  args: string;
  line: number;
}

/** Dockerfile instructions this project's Dockerfile may use; anything else is a parse error, not something silently ignored. */
const DOCKER_INSTRUCTIONS = new Set(["FROM", "WORKDIR", "COPY", "RUN", "ENV", "VOLUME", "USER", "ENTRYPOINT", "CMD", "LABEL", "ARG", "EXPOSE"]);

/** Parses a Dockerfile: comments dropped, backslash continuations joined; an unknown instruction throws. */
export function parseDockerfile(text: string): DockerInstruction[] {
  const instructions: DockerInstruction[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const first = i + 1;
    let logical = lines[i]!;
    if (/^\s*(#|$)/.test(logical)) continue;
    // A line ending in a backslash goes on on the next line; comment lines in between are dropped, as Docker does.
    let continued = /\\\s*$/.test(logical);
    logical = logical.replace(/\\\s*$/, " ");
    while (continued && i + 1 < lines.length) {
      const next = lines[++i]!;
      if (/^\s*#/.test(next)) continue;
      continued = /\\\s*$/.test(next);
      logical += next.replace(/\\\s*$/, " ");
    }
    const match = /^\s*([A-Za-z]+)\s+(.*\S)\s*$/.exec(logical);
    if (!match || !DOCKER_INSTRUCTIONS.has(match[1]!.toUpperCase())) throw new Error(`Dockerfile line ${first}: not an instruction this parser knows: ${logical.trim()}`);
    instructions.push({ instruction: match[1]!.toUpperCase(), args: match[2]!.replace(/\s+/g, " "), line: first });
  }
  return instructions;
}

/** An exec-form (`["npm", "run", "build"]`) instruction's words; a shell-form one is an error: its words depend on a shell. */
export function execForm(instruction: DockerInstruction): string[] {
  const words: unknown = JSON.parse(instruction.args);
  if (!Array.isArray(words) || !words.every((word) => typeof word === "string")) throw new Error(`Dockerfile line ${instruction.line}: ${instruction.instruction} is not in exec form`);
  return words as string[];
}

/** A `COPY`'s sources (flags such as `--chown=` left out; the last word is the destination). */
export function copySources(instruction: DockerInstruction): string[] {
  const words = instruction.args.split(" ").filter((word) => !word.startsWith("--"));
  return words.slice(0, -1).map(projectRelative);
}

/** A `VOLUME`'s paths (JSON or plain form). */
export function volumePaths(instruction: DockerInstruction): string[] {
  return instruction.args.startsWith("[") ? execForm(instruction) : instruction.args.split(" ");
}

/** An `ENV`'s variables (`A=1 B=2` form; the old `A 1` form is refused, as Docker itself deprecates it). */
export function envVariables(instruction: DockerInstruction): Map<string, string> {
  const variables = new Map<string, string>();
  for (const word of shellWords(instruction.args)) {
    const at = word.indexOf("=");
    if (at <= 0) throw new Error(`Dockerfile line ${instruction.line}: ENV ${instruction.args} is not in NAME=value form`);
    variables.set(word.slice(0, at), word.slice(at + 1));
  }
  return variables;
}

/**
 * Whether `.dockerignore` keeps a top-level `name` out of the build context.
 * Only the forms this project's file uses are understood (`*`, a plain name,
 * `!name`, comments); anything else throws rather than being misread. The
 * last matching line wins, as in Docker.
 */
export function dockerIgnores(dockerignore: string, name: string): boolean {
  let ignored = false;
  for (const raw of dockerignore.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const negated = line.startsWith("!");
    const pattern = projectRelative(negated ? line.slice(1) : line);
    if (pattern !== "*" && !/^[\w.-]+$/.test(pattern)) throw new Error(`.dockerignore: a pattern this check does not understand: ${line}`);
    if (pattern === "*" || pattern === name) ignored = !negated;
  }
  return ignored;
}

/** A `docker run` command's bind mounts and volumes (`-v source:target[:options]`), target by target. */
export function dockerRunMounts(command: string): Map<string, { source: string; readOnly: boolean }> {
  const mounts = new Map<string, { source: string; readOnly: boolean }>();
  const words = shellWords(command.replace(/\\\r?\n/g, " "));
  for (let i = 0; i < words.length; i++) {
    const value = words[i] === "-v" || words[i] === "--volume" ? words[++i] : /^--volume=(.*)$/.exec(words[i]!)?.[1];
    if (value === undefined) continue;
    const [source, target, options] = value.split(":");
    if (!source || !target) throw new Error(`docker run: a volume this check does not understand: ${value}`);
    mounts.set(path.posix.normalize(target), { source, readOnly: (options ?? "").split(",").includes("ro") });
  }
  return mounts;
}

/** Why writing the site to `output` inside a container with `mounts` would fail or be lost, or undefined when it works. */
export function outputMountProblem(output: string, mounts: Map<string, unknown>): string | undefined {
  const folder = path.posix.normalize(output);
  if (mounts.has(folder)) return `the output ${folder} is itself a mount: a build renames the output folder, which a mount point forbids`;
  if (!mounts.has(path.posix.dirname(folder))) return `the output's parent ${path.posix.dirname(folder)} is not a mount: the site would stay in the container`;
  return undefined;
}
