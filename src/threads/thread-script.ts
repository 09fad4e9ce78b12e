/**
 * The script a worker thread runs: its TypeScript module compiled into one
 * JavaScript file with esbuild when a current one is in the cache, or else
 * the boot file that registers tsx and loads the module as it is.
 *
 * Node 20 cannot run TypeScript, so the build runs under tsx; a worker thread
 * started through tsx registers its loader again and sends each of its
 * modules through it, and that start costs more than the work of a thread
 * that renders one edited article (docs/performance.md). The compiled file
 * holds Dateline's own modules; the packages they import stay imports, by
 * absolute path, loaded from the project's node_modules as usual.
 *
 * Each module keeps its own `import.meta.url` (its source file's), so a
 * module that finds a file next to itself finds the same file. A compiled
 * file is used only while every source file it holds, and the installed
 * packages, are as they were when it was made; otherwise the thread starts
 * through tsx, and the file is compiled again meanwhile for the next thread.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Plugin } from "esbuild";
import { cacheDir, installedPackagesHash } from "../cache/cache-identity.ts";

const BOOT = new URL("./worker-boot.mjs", import.meta.url);
const THIS_MODULE = fileURLToPath(import.meta.url);

/** What a compiled script was made from: how (this module's hash), each source file's hash, and the installed packages'. */
interface ScriptRecord {
  compiler: string;
  packages: string;
  inputs: Record<string, string>;
}

/** Scripts found current by this process, and compilations under way, by module and folder. */
const current = new Map<string, URL>();
const compiling = new Map<string, Promise<URL | undefined>>();

/**
 * The script to start a worker thread on for `module` (a URL of a .ts
 * module): the compiled file when it is current, else the tsx boot file,
 * which loads the same module the slow way (and the file is compiled for
 * the next thread).
 */
export function threadScript(module: URL, dir = path.join(cacheDir(), "threads")): URL {
  if (module.protocol !== "file:" || !module.pathname.endsWith(".ts")) return BOOT;
  const id = `${dir}\0${module.href}`;
  const known = current.get(id);
  if (known) return known;
  const script = scriptPath(fileURLToPath(module), dir);
  if (isCurrent(script)) {
    const url = pathToFileURL(script);
    current.set(id, url);
    return url;
  }
  void prepareThreadScript(module, dir);
  return BOOT;
}

/**
 * Compiles `module`'s thread script unless it is current; resolves to it, or
 * to undefined when it cannot be made (threads then start through tsx, which
 * reports whatever is wrong with the module). Never rejects.
 */
export function prepareThreadScript(module: URL, dir = path.join(cacheDir(), "threads")): Promise<URL | undefined> {
  const id = `${dir}\0${module.href}`;
  const script = scriptPath(fileURLToPath(module), dir);
  const known = current.get(id) ?? (isCurrent(script) ? pathToFileURL(script) : undefined);
  if (known) {
    current.set(id, known);
    return Promise.resolve(known);
  }
  let made = compiling.get(id);
  if (!made) {
    made = compileScript(fileURLToPath(module), script).then(
      (url) => {
        current.set(id, url);
        return url;
      },
      () => undefined,
    );
    compiling.set(id, made);
    void made.finally(() => compiling.delete(id));
  }
  return made;
}

function scriptPath(source: string, dir: string): string {
  const name = createHash("sha256").update(source).digest("base64url").slice(0, 16);
  return path.join(dir, `${path.basename(source, ".ts")}-${name}.mjs`);
}

/** True when the script exists and its record names the installed packages and every source file as it is now. */
function isCurrent(script: string): boolean {
  let record: ScriptRecord;
  try {
    record = JSON.parse(fs.readFileSync(`${script}.json`, "utf8")) as ScriptRecord;
  } catch {
    return false;
  }
  if (record.compiler !== fileHash(THIS_MODULE) || record.packages !== installedPackagesHash() || typeof record.inputs !== "object" || record.inputs === null) return false;
  const inputs = Object.entries(record.inputs);
  return inputs.length > 0 && inputs.every(([file, hash]) => fileHash(file) === hash) && fs.existsSync(script) && fs.existsSync(script.replace(/\.mjs$/, ".body.mjs"));
}

function fileHash(file: string): string {
  try {
    return createHash("sha256").update(fs.readFileSync(file)).digest("base64url");
  } catch {
    return "missing";
  }
}

/** Compiles `source` and the Dateline modules it imports into `script`, with its record. */
async function compileScript(source: string, script: string): Promise<URL> {
  // Loaded only when a script must be compiled: most builds find theirs current.
  const esbuild = await import("esbuild");
  const packages = installedPackagesHash();
  const compiler = fileHash(THIS_MODULE);
  const result = await esbuild.build({
    entryPoints: [source],
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    write: false,
    metafile: true,
    logLevel: "silent",
    // Stack traces name the source files and lines (a worker's error travels to the build with its stack).
    outfile: script.replace(/\.mjs$/, ".body.mjs"),
    sourcemap: "inline",
    sourcesContent: false,
    plugins: [ownImportMetaUrl, packagesByPath],
  });
  const output = result.outputFiles?.[0];
  if (!output) throw new Error(`esbuild wrote nothing for ${source}`);
  // Read before the sources can change again: a record never vouches for text it was not made from.
  const inputs = Object.keys(result.metafile.inputs).map((input) => path.resolve(input));
  const record: ScriptRecord = { compiler, packages, inputs: Object.fromEntries(inputs.map((file) => [file, fileHash(file)])) };
  await fs.promises.mkdir(path.dirname(script), { recursive: true });
  // Written aside and renamed, script first: two builds compiling at once each put whole files in place.
  const suffix = `.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  // The compiled modules are loaded by a small entry file that first turns source maps on: Node
  // reads a module's map as it loads it, so only then do stack traces name the source files.
  const body = script.replace(/\.mjs$/, ".body.mjs");
  await fs.promises.writeFile(body + suffix, output.text);
  await fs.promises.rename(body + suffix, body);
  await fs.promises.writeFile(script + suffix, `process.setSourceMapsEnabled(true);\nawait import(${JSON.stringify(`./${path.basename(body)}`)});\n`);
  await fs.promises.rename(script + suffix, script);
  await fs.promises.writeFile(`${script}.json${suffix}`, JSON.stringify(record));
  await fs.promises.rename(`${script}.json${suffix}`, `${script}.json`);
  return pathToFileURL(script);
}

/** `import.meta.url` in code: not where it is quoted (a string that names it, as in this module). */
const IMPORT_META_URL = /(?<!["'`])\bimport\.meta\.url\b/g;

/** Each of Dateline's modules keeps the `import.meta.url` of its source file. */
const ownImportMetaUrl: Plugin = {
  name: "own-import-meta-url",
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async (args) => ({
      contents: (await fs.promises.readFile(args.path, "utf8")).replace(IMPORT_META_URL, JSON.stringify(pathToFileURL(args.path).href)),
      loader: "ts",
    }));
  },
};

/** A package stays an import, by the absolute URL of the file Node would load, so the script runs from any folder. */
const packagesByPath: Plugin = {
  name: "packages-by-path",
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith("node:")) return { path: args.path, external: true };
      // The file Node itself would load: Dateline's modules all sit under one node_modules, so
      // resolving from here is resolving from the module that imports it.
      return { path: import.meta.resolve(args.path), external: true };
    });
  },
};
