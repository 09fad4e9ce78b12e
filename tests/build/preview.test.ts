import assert from "node:assert/strict";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { writeContent } from "../helpers/fixture.ts";
import { settle, startPreview, waitFor, type Preview } from "../helpers/preview-process.ts";

const ARTICLE_URL = "/articles/2024/12/forum/";
const OTHER_URL = "/articles/2024/12/other/";

const articleText = (date: string, body: string) =>
  `---\ntitle: Forum in Baku\ndate: ${date}\nsource: AzerNews\nplaces: [Azerbaijan]\n---\n${body}\n`;
const OTHER = "---\ntitle: Another article\ndate: 2024-12-01\nsource: AzerNews\n---\nUnrelated text.\n";

describe("npm start (live preview)", () => {
  describe("on valid content", () => {
    let content: string;
    let file: string;
    let preview: Preview;

    before(async () => {
      content = writeContent([
        { path: "2024/12/forum.md", text: articleText("2024-12-30", "First version of the text.") },
        { path: "2024/12/other.md", text: OTHER },
      ]);
      file = path.join(content, "articles/2024/12/forum.md");
      preview = await startPreview(content);
      await waitFor("the first build to be served", async () => (await preview.page(ARTICLE_URL)).text.includes("First version of the text."), preview);
    });

    after(async () => {
      await preview.stop();
    });

    it("should serve the new text after an article is saved", async () => {
      fs.writeFileSync(file, articleText("2024-12-30", "Second version, saved while serving."));
      await waitFor("the edited text", async () => (await preview.page(ARTICLE_URL)).text.includes("Second version, saved while serving."), preview, 30_000);
      // Only the body changed: the preview renders the pages that show this article, not the site.
      // (The pages are on disk a moment before the line reporting them reaches this process.)
      await waitFor("the update to be reported", () => /forum\.md: \d+ pages show it, \d+ updated, in \d+ ms/.test(preview.printed), preview, 10_000);
      assert.doesNotMatch(preview.printed, /rebuilding every page/);
    });

    it("should serve pages with the live-reload client", async () => {
      // The dev server adds it to pages, not to what scripts fetch: fetch() says it is one (sec-fetch-mode: cors); a plain GET does not.
      const text = await new Promise<string>((resolve, reject) => {
        http.get(`http://localhost:${preview.port}${ARTICLE_URL}`, (response) => {
          let body = "";
          response.setEncoding("utf8").on("data", (chunk: string) => (body += chunk)).on("end", () => resolve(body));
        }).on("error", reject);
      });
      assert.match(text, /<script type="module"[^>]* src="\/\.11ty\/reload-client\.js/);
    });

    it("should keep serving the last good page and print the problem when the article breaks", async () => {
      fs.writeFileSync(file, articleText("2024-02-30", "Third version, never published."));
      await waitFor("the content error to be printed", () => preview.printed.includes("Still serving the last good build"), preview, 30_000);
      assert.match(preview.printed, /forum\.md:3: date: "2024-02-30" is not a real calendar day\n    hint: /);
      const page = await preview.page(ARTICLE_URL);
      assert.equal(page.status, 200);
      assert.ok(page.text.includes("Second version, saved while serving."));
      assert.ok(!page.text.includes("Third version"));
      assert.ok(preview.running, "the preview must still be running");
    });

    it("should rebuild as soon as the mistake is fixed", async () => {
      fs.writeFileSync(file, articleText("2024-12-30", "Fourth version, fixed."));
      await waitFor("the fixed text", async () => (await preview.page(ARTICLE_URL)).text.includes("Fourth version, fixed."), preview, 30_000);
      assert.match(preview.printed, /The content is valid again/);
    });

    it("should notice a registry change in _data", async () => {
      // Without the registry, "Land of Fire" is no country: Azerbaijan's page goes, as its only article leaves it.
      fs.writeFileSync(file, articleText("2024-12-30", "Fifth version.").replace("[Azerbaijan]", "[Land of Fire]"));
      await waitFor("Azerbaijan's page to go", async () => (await preview.page("/countries/azerbaijan/")).status === 404, preview, 30_000);
      fs.mkdirSync(path.join(content, "_data"), { recursive: true });
      fs.writeFileSync(path.join(content, "_data", "places.yaml"), "- name: Azerbaijan\n  aliases: [Land of Fire]\n");
      await waitFor(
        "the alias to resolve to Azerbaijan",
        async () => (await preview.page("/countries/azerbaijan/")).text.includes("Forum in Baku"),
        preview,
        30_000,
      );
    });

    it("should take a deleted article out of the lists", async () => {
      // Let rebuilds queued by earlier saves finish, so that only the deletion can remove the article.
      await settle(preview);
      assert.ok((await preview.page("/")).text.includes("Another article"));
      fs.rmSync(path.join(content, "articles/2024/12/other.md"));
      await waitFor("the home page without the deleted article", async () => !(await preview.page("/")).text.includes("Another article"), preview, 30_000);
    });
  });

  describe("started on broken content", () => {
    let content: string;
    let preview: Preview;

    before(async () => {
      content = writeContent([
        { path: "2024/12/forum.md", text: articleText("2024-13-01", "Broken from the start.") },
        { path: "2024/12/other.md", text: OTHER },
      ]);
      preview = await startPreview(content);
      await waitFor("the valid article to be served", async () => (await preview.page(OTHER_URL)).status === 200, preview);
    });

    after(async () => {
      await preview.stop();
    });

    it("should print the problem and serve the valid articles instead of stopping", async () => {
      assert.match(preview.printed, /forum\.md:3: date: "2024-13-01" is not a real calendar day/);
      assert.match(preview.printed, /Serving the articles without errors/);
      assert.equal((await preview.page(ARTICLE_URL)).status, 404);
      assert.ok(preview.running);
    });

    it("should publish the article once it is fixed", async () => {
      fs.writeFileSync(path.join(content, "articles/2024/12/forum.md"), articleText("2024-12-30", "Fixed at last."));
      await waitFor("the fixed article", async () => (await preview.page(ARTICLE_URL)).text.includes("Fixed at last."), preview, 30_000);
    });
  });
});
