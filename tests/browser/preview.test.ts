/**
 * `npm start` in a browser: a page left open shows a saved edit by itself,
 * with and without a path prefix. A list is patched in place (no reload, so
 * the reader keeps their place); an article's own page reloads, because its
 * structured data (a script element) changes and the dev server's client
 * reloads for any changed script. Screenshots of before and after are kept.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "../helpers/browser.ts";
import { articleText, writeContent } from "../helpers/fixture.ts";
import { startPreview, waitFor, type Preview } from "../helpers/preview-process.ts";

const FORUM = { title: "Forum in Baku", date: "2024-12-30", source: "AzerNews", people: ["Ann Lee"], places: ["Azerbaijan"] };
/** Kept after the run, for a person to look at (as the reader tests keep theirs). */
const SCREENSHOTS = fs.mkdtempSync(path.join(os.tmpdir(), "dateline-preview-screenshots-"));

/** Waits until the page's live-reload client has connected to the preview. */
async function connected(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByType("resource").some((entry) => entry.name.includes("reload-client.js")));
  // The client opens its WebSocket once loaded; give it a moment to be heard.
  await page.waitForTimeout(500);
}

for (const prefix of ["/", "/news/"]) {
  describe(`npm start in a browser, under ${prefix}`, () => {
    let content: string;
    let preview: Preview;
    let browser: Browser;
    let page: Page;
    const forum = () => path.join(content, "articles/2024/12/forum.md");
    const at = (url: string) => `http://localhost:${preview.port}${prefix.replace(/\/$/, "")}${url}`;
    const name = prefix === "/" ? "root" : "news";

    before(async () => {
      content = writeContent([
        { path: "2024/12/forum.md", frontMatter: FORUM, body: "The first version." },
        { path: "2024/12/other.md", frontMatter: { title: "Another article", date: "2024-12-01", source: "AzerNews", people: ["Ann Lee"] } },
      ]);
      preview = await startPreview(content, prefix === "/" ? [] : [`--pathprefix=${prefix}`]);
      await waitFor("the preview to serve", async () => (await preview.page(`${prefix}articles/2024/12/forum/`)).status === 200, preview);
      browser = await launchBrowser();
      page = await browser.newPage({ viewport: { width: 900, height: 700 } });
    });

    after(async () => {
      await browser?.close();
      await preview?.stop();
    });

    it("should show the saved text on the open article page", async () => {
      await page.goto(at("/articles/2024/12/forum/"));
      await page.locator(".article__body", { hasText: "The first version." }).waitFor();
      await connected(page);
      await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-article-before.png`) });
      fs.writeFileSync(forum(), articleText({ path: "", frontMatter: { ...FORUM, title: "Forum in Baku, day two" }, body: "The second version, saved while the page was open." }));
      await page.locator(".article__body", { hasText: "The second version" }).waitFor({ timeout: 15_000 });
      await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-article-after.png`) });
      assert.equal(await page.locator("h1").textContent(), "Forum in Baku, day two");
    });

    it("should patch the open home page in place when an article's title is saved", async () => {
      await page.goto(at("/"));
      await page.locator(".article-item__title", { hasText: "Forum in Baku, day two" }).waitFor();
      await connected(page);
      await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
      fs.writeFileSync(forum(), articleText({ path: "", frontMatter: { ...FORUM, title: "Forum in Baku, day three" }, body: "The second version, saved while the page was open." }));
      await page.locator(".article-item__title", { hasText: "Forum in Baku, day three" }).waitFor({ timeout: 15_000 });
      await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-home-after.png`) });
      assert.equal(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded), true, "the page was patched, not reloaded");
    });

    it("should bring the open home page up to date when an article moves between lists", async (t) => {
      await page.goto(at("/"));
      await page.locator(".article-item__title", { hasText: "Another article" }).waitFor();
      await connected(page);
      // A new date moves "Another article" above the forum: a change of lists, not of one article's text.
      fs.writeFileSync(
        path.join(content, "articles/2024/12/other.md"),
        articleText({ path: "", frontMatter: { title: "Another article", date: "2024-12-31", source: "AzerNews", people: ["Ann Lee"] } }),
      );
      await page.waitForFunction(() => document.querySelector(".article-item__title")?.textContent?.includes("Another article"), undefined, { timeout: 15_000 });
      t.diagnostic(`screenshots in ${SCREENSHOTS}`);
    });
  });
}
