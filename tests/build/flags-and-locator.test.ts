import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { buildSite, listFiles, readPage } from "../helpers/build-site.ts";
import { articleText, tempDir, writeContent } from "../helpers/fixture.ts";
import { attr, elementsIn, parseHtml } from "../helpers/html.ts";
import { buildReaderSite } from "../helpers/reader-site.ts";
import { crawl, htmlErrors } from "../helpers/site-check.ts";
import { startPreview, waitFor } from "../helpers/preview-process.ts";

/** Regional indicator symbols, the letters flag emoji are made of. */
const REGIONAL_INDICATOR = /[\u{1F1E6}-\u{1F1FF}]/u;
const HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"];

let output: string;
let prefixed: string;

before(() => {
  output = buildReaderSite().output;
  prefixed = buildReaderSite({ pathPrefix: "/news/" }).output;
});

describe("flags in the built site", () => {
  it("should print no flag emoji anywhere: no regional indicator in any page, feed or index file", () => {
    const texts = listFiles(output).filter((file) => /\.(html|xml|json|txt)$/.test(file));
    assert.ok(texts.length > 30);
    for (const file of texts) assert.doesNotMatch(fs.readFileSync(path.join(output, file), "utf8"), REGIONAL_INDICATOR, file);
  });

  it("should copy the flag of each country with a page, and no other", () => {
    const flags = fs.readdirSync(path.join(output, "flags")).sort();
    // The fixture's seven countries (tests/helpers/reader-site.ts).
    assert.deepEqual(flags, ["br.svg", "az.svg", "ge.svg", "jp.svg", "ke.svg", "sy.svg", "tr.svg"].sort());
    assert.match(fs.readFileSync(path.join(output, "flags", "sy.svg"), "utf8"), /^<svg/);
  });

  it("should show flags as decorative images beside names, never inside a heading", () => {
    for (const url of ["/countries/", "/countries/syria/", "/articles/2025/01/invented-report-1/"]) {
      const html = parseHtml(readPage(output, url));
      const flags = html.all("img").filter((img) => (attr(img, "class") ?? "").split(" ").includes("flag"));
      assert.ok(flags.length > 0, `${url}: flags`);
      for (const img of flags) {
        assert.equal(attr(img, "alt"), "", url);
        assert.match(attr(img, "src") ?? "", /^\/flags\/[a-z]{2}\.svg$/, url);
        assert.ok(attr(img, "width") && attr(img, "height"), `${url}: sized, so nothing shifts as it loads`);
      }
      for (const heading of HEADINGS.flatMap((tag) => html.all(tag))) {
        assert.deepEqual(elementsIn(heading).filter((e) => e.tagName === "img" || e.tagName === "svg"), [], `${url}: a picture in a heading`);
      }
    }
  });

  it("should start flag and map URLs with the path prefix, and every one should lead to a file", () => {
    const page = parseHtml(readPage(prefixed, "/countries/syria/"));
    const srcs = page.all("img").map((img) => attr(img, "src") ?? "").filter((src) => src.includes("/flags/"));
    assert.ok(srcs.length > 0 && srcs.every((src) => src.startsWith("/news/flags/")), srcs.join(" "));
    const { broken, checked } = crawl(prefixed, { prefix: "/news/", siteUrl: "https://news.example.org/news/" });
    assert.ok(checked > 100);
    assert.deepEqual(broken, []);
  });
});

describe("the map, the locator and flags as HTML", () => {
  it("should leave every page valid for html-validate", async () => {
    assert.deepEqual(await htmlErrors(output), []);
  });
});

describe("the locator map on country pages", () => {
  it("should follow the country's header on the first page only, hidden from assistive technology and a few kilobytes", () => {
    const first = readPage(output, "/countries/syria/");
    const html = parseHtml(first);
    const locator = html.all("svg").filter((svg) => attr(svg, "class") === "locator");
    assert.equal(locator.length, 1);
    assert.equal(attr(locator[0]!, "aria-hidden"), "true");
    assert.ok(first.indexOf('class="country-locator"') > first.indexOf("</header>", first.indexOf('class="entity-header"')), "after the entity header");
    const svg = first.slice(first.indexOf('<svg class="locator"'), first.indexOf("</svg>", first.indexOf('<svg class="locator"')));
    assert.ok(svg.length < 6_000, `${svg.length} bytes`);
  });
});

describe("an archive with no articles", () => {
  it("should build with no map, no locator and no flags", () => {
    const content = tempDir("dateline-empty-");
    const result = buildSite(content, { args: ["--allow-empty"] });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(fs.existsSync(path.join(result.output, "flags")), false);
    const countries = readPage(result.output, "/countries/");
    assert.doesNotMatch(countries, /world-map__svg|class="flag/);
  });
});

describe("flags in the preview", () => {
  it("should serve the flags of the archive's countries, under the path prefix, and a new country's flag once an article names it", async () => {
    const forum = { path: "2024/12/forum.md", frontMatter: { title: "Forum in Baku", date: "2024-12-30", source: "AzerNews", places: ["Azerbaijan"] }, body: "Text." };
    const content = writeContent([forum]);
    const preview = await startPreview(content, ["--pathprefix=/news/"]);
    try {
      await waitFor("the preview to serve", async () => (await preview.page("/news/countries/azerbaijan/")).status === 200, preview);
      const flag = await preview.page("/news/flags/az.svg");
      assert.equal(flag.status, 200);
      assert.match(flag.text, /^<svg/);
      assert.equal((await preview.page("/news/flags/mt.svg")).status, 404);
      fs.writeFileSync(path.join(content, "articles", forum.path), articleText({ ...forum, frontMatter: { ...forum.frontMatter, places: ["Azerbaijan", "Malta"] } }));
      await waitFor("Malta's flag", async () => (await preview.page("/news/flags/mt.svg")).status === 200, preview);
    } finally {
      await preview.stop();
    }
  });
});
