/**
 * The deploy recipes (docs/publishing.md) against the project they deploy:
 * every npm command they run is a script package.json has, the cache folder
 * they keep is the one the build writes, the folder they publish is the one
 * the build writes to, and the Docker image copies what the build needs and
 * mounts the output's parent, not the output. None of the hosts can be reached
 * from here and the image's base cannot be pulled: these checks read the
 * recipes as their hosts would, and each is shown failing on a broken recipe.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import { describe, it } from "node:test";
import { parse as parseToml } from "smol-toml";
import { parse as parseYaml } from "yaml";
import { DEFAULT_CACHE_DIR } from "../../src/cache/cache-identity.ts";
import { LAYOUTS_DIR, PROJECT_ROOT, PUBLIC_DIR } from "../../src/eleventy/paths.ts";
import {
  buildFlags,
  copySources,
  dockerIgnores,
  dockerRunMounts,
  envVariables,
  execForm,
  npmScriptProblems,
  outputMountProblem,
  parseDockerfile,
  projectRelative,
  shellWords,
  volumePaths,
  type DockerInstruction,
} from "../helpers/deploy-recipes.ts";

const read = (file: string) => fs.readFileSync(path.join(PROJECT_ROOT, file), "utf8");
const packageJson = JSON.parse(read("package.json")) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  engines: { node: string };
};
const scripts = packageJson.scripts;

/** The cache folder a build uses when nothing overrides it, relative to the project root: what every recipe must keep. */
const CACHE_FOLDER = projectRelative(path.relative(PROJECT_ROOT, DEFAULT_CACHE_DIR));

/** The build's default output folder (src/cli/args.ts), relative to the project root. */
const DEFAULT_OUTPUT = "_site";

interface WorkflowStep {
  uses?: string;
  run?: string;
  id?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  concurrency: { group: string; "cancel-in-progress": boolean };
  jobs: Record<string, { steps: WorkflowStep[]; needs?: string; environment?: { name: string } }>;
}

const workflow = parseYaml(read(".github/workflows/pages.yml")) as Workflow;
const buildSteps = workflow.jobs.build!.steps;
const step = (action: string) => buildSteps.find((s) => s.uses?.startsWith(`actions/${action}@`));
const workflowScript = buildSteps.map((s) => s.run ?? "").join("\n");

describe("the GitHub Pages workflow (.github/workflows/pages.yml)", () => {
  it("should run only npm commands that package.json has, npm run build among them", () => {
    assert.deepEqual(npmScriptProblems(workflowScript, scripts), []);
  });

  it("should keep exactly the cache folder the build uses, restored after npm ci and before the build", () => {
    const cache = step("cache");
    assert.ok(cache, "no actions/cache step");
    assert.equal(projectRelative(String(cache.with?.path)), CACHE_FOLDER);
    const order = (s: WorkflowStep | undefined) => buildSteps.indexOf(s!);
    const install = buildSteps.find((s) => /\bnpm ci\b/.test(s.run ?? ""));
    const build = buildSteps.find((s) => /\bnpm run build\b/.test(s.run ?? ""));
    assert.ok(order(install) < order(cache) && order(cache) < order(build), "the cache must be restored between npm ci and the build");
    assert.equal(build!.env?.DATELINE_CACHE_DIR, undefined, "the build must use the default cache folder the cache step keeps");
  });

  it("should key the cache on the content, the code and the lockfile, with restore-keys that are prefixes of the key", () => {
    const cache = step("cache")!;
    const key = String(cache.with?.key);
    const input = buildFlags(workflowScript).get("input") ?? "content";
    for (const hashed of [`${input}/**`, "src/**", "package-lock.json"]) assert.ok(key.includes(`'${hashed}'`), `the key does not hash ${hashed}: ${key}`);
    const restoreKeys = String(cache.with?.["restore-keys"] ?? "").split("\n").map((line) => line.trim()).filter(Boolean);
    assert.ok(restoreKeys.length > 0, "no restore-keys: an edited archive would start cold");
    for (const restoreKey of restoreKeys) assert.ok(key.startsWith(restoreKey) && restoreKey !== key, `restore key ${restoreKey} is not a shorter prefix of the key`);
  });

  it("should upload the folder the build writes, with the official Pages actions at a major version", () => {
    const output = buildFlags(workflowScript).get("output") ?? DEFAULT_OUTPUT;
    assert.equal(projectRelative(String(step("upload-pages-artifact")?.with?.path)), projectRelative(output));
    assert.ok(step("configure-pages"), "no actions/configure-pages step");
    const deploy = workflow.jobs.deploy!;
    assert.equal(deploy.needs, "build");
    assert.equal(deploy.environment?.name, "github-pages");
    assert.ok(deploy.steps.some((s) => s.uses?.startsWith("actions/deploy-pages@")), "no actions/deploy-pages step");
    const uses = Object.values(workflow.jobs).flatMap((job) => job.steps.map((s) => s.uses)).filter((u): u is string => u !== undefined);
    for (const action of uses) assert.match(action, /^actions\/[a-z-]+@v\d+$/, `${action}: use GitHub's own actions at a major version`);
  });

  it("should ask for the permissions Pages needs and deploy one run at a time", () => {
    assert.deepEqual(workflow.permissions, { contents: "read", pages: "write", "id-token": "write" });
    assert.equal(workflow.concurrency["cancel-in-progress"], false);
    assert.deepEqual(Object.keys(workflow.on).sort(), ["push", "workflow_dispatch"]);
  });

  it("should set up the Node version package.json asks for, with npm's cache", () => {
    const node = step("setup-node")!;
    assert.equal(String(node.with?.["node-version"]), "20");
    assert.equal(node.with?.cache, "npm");
    assert.match(packageJson.engines.node, /^>=20\b/);
  });

  it("should build a project site under /<repository>/, and a <owner>.github.io site or one whose prefix is set at the root", () => {
    const build = buildSteps.find((s) => /\bnpm run build\b/.test(s.run ?? ""))!;
    const prefixFor = (repository: string, owner: string, variable = "") => {
      // The step's own script, with npm replaced by a function that prints what it was given.
      const script = `npm() { printf '%s\\n' "$@"; }\n${build.run}`;
      const result = spawnSync("bash", ["-euo", "pipefail", "-c", script], { encoding: "utf8", env: { ...process.env, REPOSITORY: repository, OWNER: owner, PATH_PREFIX: variable } });
      assert.equal(result.status, 0, result.stderr);
      return result.stdout.split("\n").find((word) => word.startsWith("--pathprefix="))?.slice("--pathprefix=".length);
    };
    assert.equal(prefixFor("election-archive", "kyiv-desk"), "/election-archive/");
    assert.equal(prefixFor("kyiv-desk.github.io", "kyiv-desk"), "/");
    assert.equal(prefixFor("Kyiv-Desk.github.io", "kyiv-desk"), "/", "GitHub's names are case-insensitive");
    assert.equal(prefixFor("kyiv-desk.github.io-mirror", "kyiv-desk"), "/kyiv-desk.github.io-mirror/");
    assert.equal(prefixFor("election-archive", "kyiv-desk", "/"), "/", "a custom domain serves the site at the root");
  });
});

interface NetlifyConfig {
  build: { command: string; publish: string; environment: Record<string, string> };
  plugins: { package: string; inputs: { path: string } }[];
}
const netlify = parseToml(read("netlify.toml")) as unknown as NetlifyConfig;

describe("the Netlify configuration (netlify.toml)", () => {
  it("should run only npm commands that package.json has, npm run build among them", () => {
    assert.deepEqual(npmScriptProblems(netlify.build.command, scripts), []);
  });

  it("should publish the folder the build writes, with Node 20", () => {
    const output = buildFlags(netlify.build.command).get("output") ?? DEFAULT_OUTPUT;
    assert.equal(projectRelative(netlify.build.publish), projectRelative(output));
    assert.equal(netlify.build.environment.NODE_VERSION, "20");
  });

  it("should keep exactly the cache folder the build uses, with the plugin in this repository", async () => {
    assert.equal(netlify.plugins.length, 1);
    const plugin = netlify.plugins[0]!;
    assert.equal(projectRelative(plugin.inputs.path), CACHE_FOLDER);
    const folder = path.join(PROJECT_ROOT, plugin.package);
    const manifest = parseYaml(fs.readFileSync(path.join(folder, "manifest.yml"), "utf8")) as { name: string; inputs: { name: string }[] };
    assert.deepEqual(manifest.inputs.map((input) => input.name), Object.keys(plugin.inputs));

    // The plugin's handlers, given a stand-in for Netlify's cache utility: restore before the build, save after.
    const calls: string[] = [];
    const cache = {
      restore: async (p: string) => (calls.push(`restore ${p}`), false),
      save: async (p: string) => (calls.push(`save ${p}`), true),
    };
    const handlers = (await import(path.join(folder, "index.js"))) as Record<string, (options: unknown) => Promise<void>>;
    const log = console.log;
    console.log = () => {};
    try {
      await handlers.onPreBuild!({ inputs: plugin.inputs, utils: { cache } });
      await handlers.onPostBuild!({ inputs: plugin.inputs, utils: { cache } });
    } finally {
      console.log = log;
    }
    assert.deepEqual(calls, [`restore ${plugin.inputs.path}`, `save ${plugin.inputs.path}`]);
  });
});

describe("the Cloudflare Pages settings (docs/publishing.md)", () => {
  const settings = new Map(
    [...read("docs/publishing.md").matchAll(/^\| (Build command|Build output directory|Framework preset|`[A-Z_]+`) \| `?([^`|]*?)`? \|/gm)].map((m) => [m[1]!, m[2]!.trim()]),
  );

  it("should name a build command package.json has and the folder it writes", () => {
    const command = settings.get("Build command");
    assert.ok(command, "no Build command row");
    assert.deepEqual(npmScriptProblems(command, scripts), []);
    assert.equal(projectRelative(settings.get("Build output directory") ?? ""), projectRelative(buildFlags(command).get("output") ?? DEFAULT_OUTPUT));
    assert.equal(settings.get("`NODE_VERSION`"), "20");
  });

  it("should keep the cache in .cache, the folder Cloudflare's build cache keeps for an Eleventy project", () => {
    assert.ok(CACHE_FOLDER.startsWith(".cache/"), `${CACHE_FOLDER} is not inside .cache`);
    assert.equal(settings.get("Framework preset"), "Eleventy");
    assert.ok(packageJson.dependencies["@11ty/eleventy"], "Cloudflare detects Eleventy from package.json's dependencies");
  });
});

const dockerfile = parseDockerfile(read("Dockerfile"));
const dockerignore = read(".dockerignore");
const instructions = (name: string) => dockerfile.filter((i) => i.instruction === name);
const entrypoint = execForm(instructions("ENTRYPOINT").at(-1)!);
/** The `docker run` command docs/publishing.md gives, continuation lines joined. */
const documentedRun = /^docker run\b(?:.*\\\n)*.*$/m.exec(read("docs/publishing.md"))?.[0] ?? "";

describe("the Docker image (Dockerfile, .dockerignore)", () => {
  it("should start from Node 20 on Debian slim", () => {
    assert.match(instructions("FROM")[0]!.args, /^node:20-[a-z]+-slim$/);
  });

  it("should run only npm commands that package.json has, npm run build as its entry point", () => {
    const runs = instructions("RUN").map((i) => i.args).join("\n");
    assert.deepEqual(npmScriptProblems(runs, scripts, []), []);
    assert.deepEqual(entrypoint.slice(0, 4), ["npm", "run", "build", "--"]);
    assert.deepEqual(npmScriptProblems(entrypoint.join(" "), scripts), []);
  });

  it("should copy what the build reads, each of it let into the build context and nothing else", () => {
    const copied = instructions("COPY").flatMap(copySources);
    for (const needed of ["package.json", "package-lock.json", "src", LAYOUTS_DIR, PUBLIC_DIR].map((p) => projectRelative(path.isAbsolute(p) ? path.relative(PROJECT_ROOT, p) : p))) {
      assert.ok(copied.includes(needed), `the image does not copy ${needed}`);
    }
    for (const source of copied) {
      assert.ok(fs.existsSync(path.join(PROJECT_ROOT, source)), `COPY ${source}: no such file in the project`);
      assert.equal(dockerIgnores(dockerignore, source), false, `.dockerignore leaves out ${source}, which the Dockerfile copies`);
    }
    for (const entry of fs.readdirSync(PROJECT_ROOT).filter((name) => !copied.includes(name))) {
      assert.equal(dockerIgnores(dockerignore, entry), true, `.dockerignore lets ${entry} into the build context, but nothing copies it`);
    }
  });

  it("should install no devDependencies: every package the code and the build script load is a dependency", () => {
    assert.match(instructions("RUN").map((i) => i.args).join("\n"), /\bnpm ci\b[^\n&]*--omit=dev/);
    const packages = new Set<string>(shellWords(scripts.build!).filter((_, i, words) => words[i - 1] === "--import"));
    const builtins = new Set(builtinModules);
    for (const file of fs.readdirSync(path.join(PROJECT_ROOT, "src"), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"))) {
      const code = fs.readFileSync(path.join(PROJECT_ROOT, "src", file), "utf8");
      for (const match of code.matchAll(/^\s*(?:import|export)\s(?:[^;"']*?\sfrom\s*)?["']([^"'.][^"']*)["']|\bimport\(\s*["']([^"'.][^"']*)["']\s*\)/gm)) {
        const specifier = (match[1] ?? match[2])!;
        if (specifier.startsWith("node:") || builtins.has(specifier)) continue;
        if (/^import\s+type\s/.test(match[0].trim())) continue;
        packages.add(specifier.startsWith("@") ? specifier.split("/").slice(0, 2).join("/") : specifier.split("/")[0]!);
      }
    }
    const devOnly = [...packages].filter((name) => !(name in packageJson.dependencies)).sort();
    assert.deepEqual(devOnly, [], "these are loaded by the build but missing from dependencies, so npm ci --omit=dev leaves them out");
    assert.ok(packages.has("tsx") && packages.has("@11ty/eleventy"), "the scan found too little to be trusted");
  });

  it("should keep the cache in a volume and never point the output at a mount itself", () => {
    const env = new Map(instructions("ENV").flatMap((i) => [...envVariables(i)]));
    const volumes = instructions("VOLUME").flatMap(volumePaths);
    const cache = env.get("DATELINE_CACHE_DIR");
    assert.ok(cache && volumes.includes(cache), "DATELINE_CACHE_DIR is not a VOLUME of the image");

    assert.ok(documentedRun.includes("\\"), "docs/publishing.md gives no docker run command");
    const mounts = dockerRunMounts(documentedRun);
    const flags = new Map(entrypoint.filter((w) => w.startsWith("--") && w.includes("=")).map((w) => w.slice(2).split("=", 2) as [string, string]));
    assert.equal(outputMountProblem(flags.get("output")!, mounts), undefined);
    assert.equal(mounts.get(flags.get("input")!)?.readOnly, true, "the content folder should be mounted read-only: the build never writes to it");
    assert.ok(mounts.has(cache), "the documented command does not keep the cache in a volume");
    assert.ok(!mounts.get(cache)!.source.includes("/"), "the cache should be a named volume");
  });
});

describe("the recipe checks themselves", () => {
  it("should catch a script that package.json does not have, a build that is never run, and an unknown npm command", () => {
    assert.deepEqual(npmScriptProblems("npm ci && npm run deploy", scripts), ['`npm run deploy`: package.json has no script "deploy"', "no `npm run build` is run"]);
    assert.equal(npmScriptProblems("npm publish\nnpm run build", scripts).length, 1);
    assert.deepEqual(npmScriptProblems("CI=1 npm run build -- --output=_site", scripts), []);
  });

  it("should read the build's flags as written", () => {
    assert.deepEqual([...buildFlags('npm run build -- --input=content --output="public site/" --quiet')], [["input", "content"], ["output", "public site/"], ["quiet", ""]]);
    assert.equal(projectRelative("./_site/"), "_site");
  });

  it("should refuse an output that is a mount, or whose parent is not one", () => {
    const mounts = dockerRunMounts('docker run -v "$PWD/out/_site:/site/out/_site" -v cache:/cache:ro img');
    assert.match(outputMountProblem("/site/out/_site", mounts)!, /is itself a mount/);
    assert.match(outputMountProblem("/site/elsewhere/_site", mounts)!, /is not a mount/);
    assert.equal(mounts.get("/cache")?.readOnly, true);
  });

  it("should tell what .dockerignore lets in, and refuse patterns it cannot read", () => {
    assert.equal(dockerIgnores("*\n!src\n", "src"), false);
    assert.equal(dockerIgnores("*\n!src\n", "tests"), true);
    assert.equal(dockerIgnores("!src\n*\n", "src"), true, "the last matching line wins");
    assert.throws(() => dockerIgnores("src/**/*.test.ts\n", "src"), /does not understand/);
  });

  it("should refuse a Dockerfile it cannot read rather than skip a line", () => {
    assert.throws(() => parseDockerfile("FROM node:20-bookworm-slim\nONBUILD RUN npm test\n"), /line 2/);
    const [run] = parseDockerfile("RUN npm ci \\\n  # a comment\n  --omit=dev\n").filter((i: DockerInstruction) => i.instruction === "RUN");
    assert.equal(run!.args, "npm ci --omit=dev");
    assert.throws(() => execForm({ instruction: "ENTRYPOINT", args: "npm run build", line: 1 }));
  });
});
