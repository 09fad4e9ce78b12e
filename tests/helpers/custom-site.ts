/** A copy of the example content made the owner's own: menu, footer, logo, social image, accent, two pages; and a layout override folder beside it. */
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { PROJECT_CONTENT, tempDir } from "./fixture.ts";

/** The settings added to the example site's site.yaml. */
export const CUSTOM_SETTINGS = `menu:
  - {label: About, url: /about/}
  - {label: Press office, url: /press/contact/}
  - {label: Mastodon, url: "https://example.social/@news"}
footer: "© 2026 Example News <tips@example.org>"
logo: _data/logo.png
image: _data/social.png
accent: {light: "#1a5f7a", dark: "#7cc4e0"}
`;

/** Where a customised site's parts are. */
export interface CustomSite {
  /** The site folder holding `content/` and `my-layouts/`. */
  root: string;
  content: string;
  layouts: string;
}

/** Writes the customised content and an override of partials/article-item.njk (each item marked `data-custom`). */
export async function writeCustomSite(root = tempDir("dateline-custom-")): Promise<CustomSite> {
  const content = path.join(root, "content");
  fs.cpSync(PROJECT_CONTENT, content, { recursive: true });
  fs.appendFileSync(path.join(content, "_data/site.yaml"), `\n${CUSTOM_SETTINGS}`);
  await sharp({ create: { width: 240, height: 80, channels: 4, background: "#1a5f7a" } }).png().toFile(path.join(content, "_data/logo.png"));
  await sharp({ create: { width: 1200, height: 630, channels: 3, background: "#7cc4e0" } }).png().toFile(path.join(content, "_data/social.png"));
  writeFile(content, "pages/about.md", '---\ntitle: About us\ndescription: Who we are and how we work.\n---\nWe are a **small** newsroom.<script>alert(1)</script> [A link](javascript:alert(1)) <img src=x onerror="alert(1)">\n\n## How we work\n\nWe read the [corrections](/corrections/).\n');
  writeFile(content, "pages/press/contact.md", "---\ntitle: Press office\n---\nWrite to press@example.org.\n");
  writeFile(content, "pages/draft.md", "---\ntitle: Not yet\ndraft: true\n---\nSecret.\n");
  const layouts = path.join(root, "my-layouts");
  const builtIn = fs.readFileSync(path.resolve(import.meta.dirname, "../../layouts/partials/article-item.njk"), "utf8");
  const marked = builtIn.replace("<li ", '<li data-custom="item" ');
  if (marked === builtIn) throw new Error("layouts/partials/article-item.njk has no <li to mark");
  writeFile(layouts, "partials/article-item.njk", marked);
  return { root, content, layouts };
}

/** Writes `text` at `relPath` under `dir`, making folders. */
export function writeFile(dir: string, relPath: string, text: string): string {
  const file = path.join(dir, relPath);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}
