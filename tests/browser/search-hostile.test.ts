/**
 * Hostile names on /search/: every string Dateline gives Pagefind (titles,
 * summaries, body text, people, places, sources) must show as text in the
 * search UI, never run. Pagefind's UI inserts some fields as HTML (filter
 * values, excerpts), so markup written by an editor must arrive there escaped.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "../helpers/browser.ts";
import { buildSite } from "../helpers/build-site.ts";
import { writeContent } from "../helpers/fixture.ts";
import { serveStatic, type StaticServer } from "../helpers/static-server.ts";

const IMG = `<img src=x onerror="window.__xss=1;alert(2)">`;
const SCRIPT = `"><script>window.__xss=1</script>`;
const SVG = `</mark><svg onload=window.__xss=1>`;
const ARABIC = "سلمى الحداد";
const CYRILLIC = "Лариса Вайнштейн";
const RESULT = "#search-results .article-item";
/** The word every hostile article has, next to its payloads. */
const QUERY = "quokka";

/** Markdown that renders the payload as plain text (an entity-escaped `<`), as an article about markup would. */
const asText = (payload: string) => payload.replace(/&/g, "&amp;").replace(/</g, "&lt;");

function hostileContent(): string {
  return writeContent(
    [
      {
        path: "2025/01/hostile-img.md",
        frontMatter: {
          title: `Quokka report ${IMG}`,
          date: "2025-01-10",
          source: `Outlet ${IMG}`,
          people: [`Person ${IMG}`, ARABIC, CYRILLIC],
          places: [`City ${IMG}`, `Nowhere ${SCRIPT}`],
          summary: `Summary ${SCRIPT} about a quokka`,
        },
        body: `The quokka ${asText(IMG)} and ${asText(SVG)} met where x < y and y > z, quokka again.\n\nThe text &lt;script&gt;window.__xss=1&lt;/script&gt; is about markup.`,
      },
      {
        path: "2025/02/hostile-script.md",
        frontMatter: {
          title: `Quokka count ${SCRIPT}`,
          date: "2025-02-10",
          source: `Wire ${SCRIPT}`,
          people: [`Person ${SCRIPT}`, ARABIC],
          places: ["Syria"],
          summary: `Summary ${IMG}`,
        },
        body: `A quokka ${asText(SCRIPT)} was counted.`,
      },
      {
        path: "2025/03/hostile-svg.md",
        frontMatter: {
          title: `Quokka census ${SVG}`,
          date: "2025-03-10",
          source: `Desk ${SVG}`,
          people: [`Person ${SVG}`, CYRILLIC],
          places: ["Kenya"],
        },
        body: `Quokka ${asText(SVG)} census ${asText(IMG)}.`,
      },
    ],
    {
      "places.yaml": `- name: 'City ${IMG}'\n  country: Syria\n`,
      "site.yaml": "title: Dateline\nlanguage: en\n",
    },
  );
}

/** Everything that would show a script ran: dialogs, `window.__xss`, or live elements and handlers from the payloads. */
async function assertNothingRan(page: Page, dialogs: string[]): Promise<void> {
  assert.deepEqual(dialogs, [], "no dialog opens");
  assert.equal(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss), undefined, "window.__xss is never set");
  const live = await page.locator("main").evaluate((root) =>
    [...root.querySelectorAll("*")]
      .filter((el) => ["SCRIPT", "IMG", "SVG", "svg", "IFRAME"].includes(el.tagName) || [...el.attributes].some((a) => /^on/i.test(a.name)))
      .map((el) => el.outerHTML),
  );
  assert.deepEqual(live, [], "no element made from a payload");
}

describe("search shows hostile names as text", () => {
  let browser: Browser;
  let server: StaticServer;

  before(async () => {
    const site = buildSite(hostileContent());
    assert.equal(site.status, 0, site.stderr);
    server = await serveStatic(site.output);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openSearch(query: string, address = "search/"): Promise<{ page: Page; dialogs: string[] }> {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${server.url}${address}`);
    if (query) await page.getByLabel("Search this site").fill(query);
    await page.waitForFunction((selector) => document.querySelectorAll(selector).length >= 3, `${RESULT} .article-item__excerpt`);
    return { page, dialogs };
  }

  it("should show hostile titles, excerpts and filter values literally, with highlights, and run nothing", async () => {
    const { page, dialogs } = await openSearch(QUERY);
    const labels = await page.locator(".facet__option label bdi").allTextContents();
    for (const name of [`Person ${IMG}`, `Person ${SCRIPT}`, `Person ${SVG}`, `Outlet ${IMG}`, `Wire ${SCRIPT}`, `Desk ${SVG}`, ARABIC, CYRILLIC]) {
      assert.ok(labels.includes(name), `filter "${name}" shown literally among ${JSON.stringify(labels)}`);
    }
    const titles = await page.locator(`${RESULT} .article-item__title a`).allTextContents();
    assert.deepEqual(titles.map((t) => t.trim()).sort(), [`Quokka census ${SVG}`, `Quokka count ${SCRIPT}`, `Quokka report ${IMG}`]);
    const excerpts = (await page.locator(`${RESULT} .article-item__excerpt`).allTextContents()).join("\n");
    for (const text of ["<img src=x onerror=", "</mark><svg onload=", "x < y"]) {
      assert.ok(excerpts.includes(text), `excerpt shows ${JSON.stringify(text)}: ${excerpts}`);
    }
    assert.ok(!excerpts.includes("&lt;") && !excerpts.includes("&amp;"), `nothing escaped twice: ${excerpts}`);
    assert.ok((await page.locator(`${RESULT} .article-item__excerpt mark`).count()) >= 3, "the words found are highlighted");
    const text = (await page.locator("#search-results").textContent()) ?? "";
    assert.ok(text.includes(`<img src=x onerror="window.__xss=1;alert(2)">`), "the payload is on the page as text");
    assert.ok(!text.includes("&lt;") && !text.includes("&quot;"), "nothing escaped twice on the page");
    await assertNothingRan(page, dialogs);
    await page.close();
  });

  it("should narrow the results by every hostile filter value", async () => {
    const { page, dialogs } = await openSearch(QUERY);
    const expected: [string, string[]][] = [
      [`Person ${IMG}`, [`Quokka report ${IMG}`]],
      [`Person ${SCRIPT}`, [`Quokka count ${SCRIPT}`]],
      [`Desk ${SVG}`, [`Quokka census ${SVG}`]],
      [ARABIC, [`Quokka count ${SCRIPT}`, `Quokka report ${IMG}`]],
      [CYRILLIC, [`Quokka census ${SVG}`, `Quokka report ${IMG}`]],
    ];
    for (const [name, titles] of expected) {
      const checkbox = page.locator(".facet__option", { has: page.locator("bdi", { hasText: name }) }).locator("input");
      await checkbox.check();
      await page.waitForFunction((count) => document.querySelectorAll("#search-results .article-item").length === count, titles.length);
      const shown = await page.locator(`${RESULT} .article-item__title a`).allTextContents();
      assert.deepEqual(shown.map((t) => t.trim()).sort(), titles, `filtered by ${name}`);
      assert.ok(new URL(page.url()).searchParams.getAll("person").concat(new URL(page.url()).searchParams.getAll("source")).includes(name), "the value is in the address as written");
      await page.locator(".facet__option", { has: page.locator("bdi", { hasText: name }) }).locator("input").uncheck();
      await page.waitForFunction(() => document.querySelectorAll("#search-results .article-item").length === 3);
    }
    // Every person checked (a facet counts its own values as if none were chosen, so the list stays put), then cleared: nothing runs either way.
    const people = page.locator(".facet", { has: page.locator("legend", { hasText: "Person" }) }).locator("input[type=checkbox]");
    for (let i = 0; i < (await people.count()); i++) await people.nth(i).check();
    await page.getByRole("button", { name: "Clear filters" }).click();
    await page.waitForFunction(() => document.querySelectorAll("#search-results .article-item").length === 3);
    await assertNothingRan(page, dialogs);
    await page.close();
  });

  it("should keep hostile results when sorted by date, and show a hostile query as text", async () => {
    const { page, dialogs } = await openSearch("", `search/?sort=date:desc&q=${encodeURIComponent(`${QUERY} ${IMG}`)}`);
    const titles = await page.locator(`${RESULT} .article-item__title a`).allTextContents();
    assert.deepEqual(titles.map((t) => t.trim()), [`Quokka census ${SVG}`, `Quokka count ${SCRIPT}`, `Quokka report ${IMG}`]);
    assert.equal(await page.getByLabel("Search this site").inputValue(), `${QUERY} ${IMG}`, "the words from the address are in the box as written");
    await page.locator("#search-status", { hasText: "Results for" }).waitFor();
    const message = (await page.locator("#search-status").textContent()) ?? "";
    assert.ok(message.includes(IMG), `the query is shown as typed: ${message}`);
    await assertNothingRan(page, dialogs);
    await page.close();
  });
});
