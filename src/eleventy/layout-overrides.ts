/**
 * Layout overrides (`--layouts=<folder>`): a site owner's folder whose files
 * replace Dateline's built-in layouts and partials of the same relative path.
 * Overrides are code (Nunjucks runs them), so the folder is trusted only when
 * it lies outside the content folder, which is untrusted data (threat model,
 * docs/security.md); every override is parsed before a build so that a broken
 * one fails with its path and line before any page is written.
 */
import fs from "node:fs";
import path from "node:path";
import nunjucks from "nunjucks";
import { displayPath, isWithin } from "../util/paths.ts";

/** A layouts folder that cannot be used, or an override that does not parse. */
export class LayoutOverrideError extends Error {
  override name = "LayoutOverrideError";
}

/** One file of the override folder. */
export interface LayoutOverride {
  /** Its path relative to the folder, with forward slashes (`partials/article-item.njk`): the layout name it replaces. */
  name: string;
  /** Its absolute path. */
  file: string;
  /** True when a built-in layout of that name exists; false is most likely a typo, and the file is never used. */
  replacesBuiltIn: boolean;
}

/**
 * The real path of the layouts folder, refused when it is (or is reached
 * through a symbolic link into) the content folder or lies inside it, or
 * holds the content folder: either way content files could be run as
 * templates.
 */
export function layoutsFolder(folder: string, contentDir: string): string {
  const given = path.resolve(folder);
  let real: string;
  try {
    real = fs.realpathSync(given);
  } catch {
    throw new LayoutOverrideError(`--layouts=${folder}: there is no such folder`);
  }
  if (!fs.statSync(real).isDirectory()) throw new LayoutOverrideError(`--layouts=${folder}: is not a folder`);
  const content = realOrResolved(contentDir);
  if (isWithin(real, content) || isWithin(content, real)) {
    throw new LayoutOverrideError(
      `--layouts=${folder}: refusing a layouts folder ${isWithin(real, content) ? "inside" : "around"} the content folder ${displayPath(content)}.\n` +
        `    hint: layout overrides are code that every build runs, and the content folder is data anyone may edit; keep overrides in a folder of their own beside it, e.g. --layouts=my-layouts`,
    );
  }
  return real;
}

/** Every `.njk` file of the override folder, sorted by name; a file that is a link into the content folder is refused. */
export function listOverrides(folder: string, contentDir: string, builtInDir: string): LayoutOverride[] {
  const content = realOrResolved(contentDir);
  const overrides: LayoutOverride[] = [];
  for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true }) as fs.Dirent[]) {
    const file = path.join(entry.parentPath, entry.name);
    // A link to a folder is refused: Nunjucks would read through it, but this listing (and its checks) would not.
    if (entry.isSymbolicLink() && isFolder(file)) {
      throw new LayoutOverrideError(`${displayPath(file)}: refusing a link to a folder in the layouts folder.\n    hint: copy the folder's files in instead`);
    }
    if (!entry.name.endsWith(".njk") || entry.name.startsWith(".")) continue;
    let real: string;
    try {
      real = fs.realpathSync(file);
    } catch {
      throw new LayoutOverrideError(`${displayPath(file)}: a layout override that links to nothing`);
    }
    if (!fs.statSync(real).isFile()) continue;
    if (isWithin(real, content)) {
      throw new LayoutOverrideError(`${displayPath(file)}: refusing a layout override that links into the content folder (${displayPath(real)}).\n    hint: copy the file into the layouts folder instead`);
    }
    const name = path.relative(folder, file).split(path.sep).join("/");
    overrides.push({ name, file, replacesBuiltIn: fs.existsSync(path.join(builtInDir, name)) });
  }
  return overrides.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * Parses every override and checks that each template it includes, extends
 * or imports by a literal name exists in the override folder or among the
 * built-in layouts; throws a LayoutOverrideError naming the file and line.
 */
export function checkOverrides(overrides: readonly LayoutOverride[], folder: string, builtInDir: string): void {
  const exists = (name: string) => fs.existsSync(path.join(folder, name)) || fs.existsSync(path.join(builtInDir, name));
  for (const override of overrides) {
    const source = fs.readFileSync(override.file, "utf8");
    let root: NunjucksNode;
    try {
      root = (nunjucks as unknown as NunjucksInternals).parser.parse(source, [], { trimBlocks: true, lstripBlocks: true });
    } catch (error) {
      throw new LayoutOverrideError(`${displayPath(override.file)}${lineOf(error)}: ${messageOf(error)}`);
    }
    const nodes = (nunjucks as unknown as NunjucksInternals).nodes;
    for (const type of [nodes.Include, nodes.Extends, nodes.Import, nodes.FromImport]) {
      for (const node of root.findAll(type)) {
        const template = node.template;
        if (template?.value === undefined || typeof template.value !== "string") continue;
        if (!exists(template.value)) {
          throw new LayoutOverrideError(
            `${displayPath(override.file)}:${(node.lineno ?? 0) + 1}: uses "${template.value}", which is neither in the layouts folder nor a built-in layout`,
          );
        }
      }
    }
  }
}

/** What of Nunjucks' parser this module uses (not in @types/nunjucks). */
interface NunjucksNode {
  lineno?: number;
  template?: { value?: unknown };
  findAll(type: unknown): NunjucksNode[];
}
interface NunjucksInternals {
  parser: { parse(source: string, extensions: unknown[], options: object): NunjucksNode };
  nodes: Record<"Include" | "Extends" | "Import" | "FromImport", unknown>;
}

/** `:<line>` from a Nunjucks parse error, or nothing. */
function lineOf(error: unknown): string {
  // The parser's errors count lines from 1 (its nodes count from 0).
  const lineno = (error as { lineno?: number }).lineno;
  return typeof lineno === "number" ? `:${lineno}` : "";
}

function messageOf(error: unknown): string {
  const message = (error as Error).message ?? String(error);
  // Nunjucks prefixes "(unknown path) [Line x, Column y]" lines; the file and line are said already.
  return message.replace(/^\(unknown path\)(?: \[Line \d+, Column \d+\])?\s*/s, "").trim();
}

function isFolder(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}

function realOrResolved(dir: string): string {
  try {
    return fs.realpathSync(path.resolve(dir));
  } catch {
    return path.resolve(dir);
  }
}
