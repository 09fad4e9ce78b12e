import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "../helpers/browser.ts";
import { buildSite } from "../helpers/build-site.ts";
import { PROJECT_CONTENT } from "../helpers/fixture.ts";
import { serveStatic, type StaticServer } from "../helpers/static-server.ts";

const ARTICLE = "articles/2024/12/azerbaijani-delegation-visits-damascus/";
const TITLE = "Azerbaijani delegation visits Damascus, offers support to Syria's transitional government";

const RESULT_LINK = "#search-results .article-item__title a";

/** Types into the search box and returns the result links (text and href) once results are shown. */
async function search(page: Page, words: string): Promise<{ text: string; href: string }[]> {
  await page.getByLabel("Search this site").fill(words);
  await page.locator(RESULT_LINK).first().waitFor({ timeout: 15_000 });
  return page.locator(RESULT_LINK).evaluateAll((links) =>
    links.map((link) => ({ text: (link.textContent ?? "").trim(), href: link.getAttribute("href") ?? "" })),
  );
}

describe("search in a browser", () => {
  let browser: Browser;
  const servers = new Map<string, StaticServer>();

  before(async () => {
    for (const prefix of ["/", "/news/"]) {
      const site = buildSite(PROJECT_CONTENT, { pathPrefix: prefix === "/" ? undefined : prefix });
      assert.equal(site.status, 0, site.stderr);
      servers.set(prefix, await serveStatic(site.output, prefix));
    }
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    for (const server of servers.values()) await server.close();
  });

  for (const prefix of ["/", "/news/"]) {
    describe(`hosted at ${prefix}`, () => {
      it('should find the seed article when a reader types "reconstruction", and open it', async () => {
        const page = await browser.newPage();
        const errors: string[] = [];
        page.on("pageerror", (error) => errors.push(error.message));
        page.on("response", (response) => {
          if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
        });
        await page.goto(`${servers.get(prefix)!.url}search/`);
        const results = await search(page, "reconstruction");
        assert.deepEqual(results, [{ text: TITLE, href: `${prefix}${ARTICLE}` }]);
        await page.locator(RESULT_LINK).first().click();
        await page.waitForURL(`**${prefix}${ARTICLE}`);
        assert.equal(await page.locator("h1").textContent(), TITLE);
        assert.deepEqual(errors, []);
        await page.close();
      });

      it("should find a person's articles by an alias the article never uses", async () => {
        const page = await browser.newPage();
        await page.goto(`${servers.get(prefix)!.url}search/`);
        // people.yaml spells Yalchin Rafiyev also "Yalchin Rafiev"; the article text never does.
        const results = await search(page, "Rafiev");
        assert.deepEqual(results.map((r) => r.text), [TITLE]);
        await page.close();
      });

      it("should offer filters by person, country, source and year, and keep results when sorted by date", async () => {
        const page = await browser.newPage();
        await page.goto(`${servers.get(prefix)!.url}search/`);
        await search(page, "Damascus");
        const filters = await page.locator(".facet:not([hidden]) .facet__name").allTextContents();
        assert.deepEqual(filters.map((f) => f.trim()).sort(), ["Country", "Person", "Source", "Year"]);
        await page.getByRole("checkbox", { name: "Syria" }).check();
        await page.waitForURL(/country=Syria/);
        await page.selectOption("#search-sort", "date:desc");
        await page.waitForURL(/sort=date%3Adesc/);
        await page.locator(RESULT_LINK).first().waitFor({ timeout: 15_000 });
        assert.equal(await page.getByLabel("Search this site").inputValue(), "Damascus", "the words survive a new order");
        assert.ok(await page.getByRole("checkbox", { name: "Syria" }).isChecked(), "and so does the filter");
        assert.deepEqual(await page.locator(RESULT_LINK).allTextContents(), [TITLE]);
        await page.close();
      });
    });
  }

  it("should explain how to browse instead when JavaScript is off", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${servers.get("/news/")!.url}search/`);
    assert.ok(await page.getByText("Search runs in your browser and needs JavaScript.").isVisible());
    assert.ok(await page.getByRole("link", { name: "person" }).isVisible());
    assert.equal(await page.locator("#search-form").isVisible(), false, "a form that cannot search is not shown");
    await context.close();
  });

  it("should say the index could not be loaded when the search bundle is missing", async () => {
    const page = await browser.newPage();
    await page.route("**/pagefind/*/pagefind.js", (route) => route.fulfill({ status: 404, body: "" }));
    await page.goto(`${servers.get("/")!.url}search/`);
    await page.getByText("The search index could not be loaded.").waitFor({ timeout: 5_000 });
    assert.equal(await page.getByText("needs JavaScript").isVisible(), false, "JavaScript is on: say what failed instead");
    assert.ok(await page.getByRole("link", { name: "country" }).isVisible());
    await page.close();
  });
});
