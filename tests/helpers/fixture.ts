/** Test helpers: content folders made in temp dirs, one file per call. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** An article's front matter (any shape: tests write broken ones too) and body. */
export interface FixtureArticle {
  /** Path under `articles/`, e.g. `2024/12/seed.md`. */
  path: string;
  frontMatter?: Record<string, unknown>;
  /** Raw front matter text, used instead of `frontMatter` (for broken YAML). */
  rawFrontMatter?: string;
  body?: string;
  /** The whole file text, used instead of everything above. */
  text?: string;
}

/** Makes a fresh temp folder that is removed when the process exits. */
export function tempDir(prefix = "dateline-test-"): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  process.on("exit", () => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Writes a content folder with the given articles and `_data` files; returns its path. */
export function writeContent(articles: FixtureArticle[], data: Record<string, string> = {}, dir = tempDir()): string {
  for (const article of articles) {
    const file = path.join(dir, "articles", article.path);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, article.text ?? articleText(article));
  }
  for (const [name, text] of Object.entries(data)) {
    const file = path.join(dir, "_data", name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  return dir;
}

/** The text of an article file: front matter as YAML (JSON is valid YAML) then the body. */
export function articleText(article: FixtureArticle): string {
  const frontMatter =
    article.rawFrontMatter ??
    Object.entries(article.frontMatter ?? {})
      .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
      .join("\n");
  return `---\n${frontMatter}\n---\n${article.body ?? "Body text."}\n`;
}

/** Path of the project's own content folder (with the seed article). */
export const PROJECT_CONTENT = path.resolve(import.meta.dirname, "../../content");
