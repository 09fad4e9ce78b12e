/**
 * `slug:` and `aliases:` end to end: the built site's article URLs, the
 * redirect pages at the old paths, the exact `_redirects` file with and
 * without a path prefix, a scheduled article's aliases held back, clashes that
 * stop the build (naming both files) and leave the last good site as it was,
 * and what `npm run check` says.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { buildSite, listFiles, readPage, runCli } from "../helpers/build-site.ts";
import { articleText, tempDir, writeContent, type FixtureArticle } from "../helpers/fixture.ts";
import { htmlErrors } from "../helpers/site-check.ts";

const NOW = "--now=2025-03-01T12:00:00Z";

const ARTICLES: FixtureArticle[] = [
  {
    // The date was corrected from December to November: the old URL is kept as an alias.
    path: "2024/11/assad-visits-baku.md",
    frontMatter: {
      title: "Assad Hassan al-Shaibani visits Baku",
      date: "2024-11-28",
      source: "AzerNews",
      people: ["Asaad Hassan al-Shaibani"],
      places: ["Azerbaijan", "Syrian Arab Republic"],
      aliases: ["/articles/2024/12/assad-visits-baku/", "/news/2024/shaibani-in-baku/"],
    },
  },
  {
    path: "2024/12/visit.md",
    frontMatter: {
      title: "وفد أذربيجاني يزور دمشق",
      date: "2024-12-30",
      source: "SANA",
      lang: "ar",
      places: ["Syria"],
      slug: "azerbaijani-delegation-visits-damascus",
    },
  },
  {
    path: "2024/12/moscow.md",
    frontMatter: { title: "Делегация прибыла в Москву", date: "2024-12-20", source: "TASS", lang: "ru", slug: "delegation-arrives-in-moscow", aliases: "/ru/delegation/" },
  },
  {
    // Scheduled after NOW: its alias publishes nothing.
    path: "2025/06/summit.md",
    frontMatter: { title: "Summit statement", date: "2025-06-01", source: "AzerNews", aliases: ["/old/summit/"] },
  },
];

const DATA = { "site.yaml": "title: Caspian Wire\nurl: https://news.example.org\n" };

const EXPECTED_REDIRECTS = [
  "/articles/2024/12/assad-visits-baku/ /articles/2024/11/assad-visits-baku/ 301",
  "/news/2024/shaibani-in-baku/ /articles/2024/11/assad-visits-baku/ 301",
  "/ru/delegation/ /articles/2024/12/delegation-arrives-in-moscow/ 301",
  "/countries/syrian-arab-republic/ /countries/syria/ 301",
  "",
].join("\n");

describe("slug: and aliases: in a built site", () => {
  let content: string;
  let output: string;

  before(() => {
    content = writeContent(ARTICLES, DATA);
    const built = buildSite(content, { args: [NOW] });
    assert.equal(built.status, 0, built.stderr);
    output = built.output;
  });

  it("should put an article with slug: at its slug, an ASCII URL for an Arabic or Russian headline", () => {
    assert.match(readPage(output, "/articles/2024/12/azerbaijani-delegation-visits-damascus/"), /وفد أذربيجاني يزور دمشق/);
    assert.match(readPage(output, "/articles/2024/12/delegation-arrives-in-moscow/"), /Делегация прибыла в Москву/);
    assert.equal(fs.existsSync(path.join(output, "articles/2024/12/visit")), false, "the file name is not used");
  });

  it("should write a redirect page at each alias, with a meta refresh and a canonical link to the article", () => {
    const page = readPage(output, "/articles/2024/12/assad-visits-baku/");
    assert.match(page, /<meta http-equiv="refresh" content="0; url=\/articles\/2024\/11\/assad-visits-baku\/">/);
    assert.match(page, /<link rel="canonical" href="https:\/\/news\.example\.org\/articles\/2024\/11\/assad-visits-baku\/">/);
    assert.match(page, /<meta name="robots" content="noindex">/);
    assert.match(page, /<a href="\/articles\/2024\/11\/assad-visits-baku\/">Assad Hassan al-Shaibani visits Baku<\/a>/);
    assert.match(readPage(output, "/ru/delegation/"), /<a href="\/articles\/2024\/12\/delegation-arrives-in-moscow\/" lang="ru">Делегация прибыла в Москву<\/a>/);
  });

  it("should write _redirects exactly: articles' aliases, then variant spellings, nothing for the scheduled article", () => {
    assert.equal(fs.readFileSync(path.join(output, "_redirects"), "utf8"), EXPECTED_REDIRECTS);
    assert.equal(fs.existsSync(path.join(output, "old/summit")), false);
    assert.ok(!listFiles(output).some((file) => file.startsWith("old/")));
  });

  it("should publish the scheduled article's alias once it goes live", () => {
    const later = buildSite(content, { args: ["--now=2025-06-02T00:00:00Z"] });
    assert.equal(later.status, 0, later.stderr);
    assert.match(fs.readFileSync(path.join(later.output, "_redirects"), "utf8"), /^\/old\/summit\/ \/articles\/2025\/06\/summit\/ 301$/m);
    assert.match(readPage(later.output, "/old/summit/"), /url=\/articles\/2025\/06\/summit\//);
  });

  it("should put the path prefix before both paths of every rule and in the redirect pages", () => {
    const prefixed = buildSite(content, { args: [NOW], pathPrefix: "/news/" });
    assert.equal(prefixed.status, 0, prefixed.stderr);
    const expected = EXPECTED_REDIRECTS.split("\n")
      .map((line) => line.replace(/^(\S+) (\S+) 301$/, "/news$1 /news$2 301"))
      .join("\n");
    assert.equal(fs.readFileSync(path.join(prefixed.output, "_redirects"), "utf8"), expected);
    assert.match(readPage(prefixed.output, "/news/2024/shaibani-in-baku/"), /url=\/news\/articles\/2024\/11\/assad-visits-baku\//);
  });

  it("should keep every page valid HTML", async () => {
    assert.deepEqual(await htmlErrors(output), []);
  });

  it("should stop on a clash, naming both files, and leave the last good site byte for byte", () => {
    const before = snapshot(output);
    const clashing = writeContent(
      [
        ...ARTICLES,
        { path: "2024/12/copy.md", frontMatter: { title: "Copy", date: "2024-12-05", source: "AzerNews", slug: "azerbaijani-delegation-visits-damascus" } },
        { path: "2024/10/search.md", frontMatter: { title: "Search", date: "2024-10-05", source: "AzerNews", aliases: ["/search/", "/news/2024/shaibani-in-baku/", "/pagefind/x/"] } },
      ],
      DATA,
    );
    const failed = buildSite(clashing, { output, args: [NOW] });
    assert.equal(failed.status, 1);
    assert.match(failed.stderr, /articles\/2024\/12\/visit\.md:\d+: slug: azerbaijani-delegation-visits-damascus is also the slug of articles\/2024\/12\/copy\.md, dated in the same month/);
    assert.match(failed.stderr, /articles\/2024\/10\/search\.md:\d+: aliases\.0: \/search\/ is the URL of a page the site makes/);
    assert.match(failed.stderr, /articles\/2024\/11\/assad-visits-baku\.md:\d+: aliases\.1: \/news\/2024\/shaibani-in-baku\/ is also an alias of articles\/2024\/10\/search\.md/);
    assert.match(failed.stderr, /articles\/2024\/10\/search\.md:\d+: aliases\.2: \/pagefind\/x\/ is under \/pagefind\//);
    assert.match(failed.stderr, /The site was not built; the last good build is unchanged/);
    assert.deepEqual(snapshot(output), before);

    const checked = runCli("src/cli/check.ts", [`--input=${clashing}`, NOW, "--json"]);
    assert.equal(checked.status, 1);
    const report = JSON.parse(checked.stdout) as { errors: { code: string; field: string }[] };
    assert.deepEqual(report.errors.map((e) => e.code), ["url-clash", "url-clash", "url-clash", "url-clash"]);
  });

  it("should have check warn about an article filed under another month than its date", () => {
    const moved = writeContent([{ path: "2024/12/late.md", text: articleText({ path: "", frontMatter: { title: "Late", date: "2024-11-30", source: "AzerNews" } }) }], DATA, tempDir());
    const checked = runCli("src/cli/check.ts", [`--input=${moved}`]);
    assert.equal(checked.status, 0, checked.stderr);
    assert.match(checked.stdout, /late\.md:3: warning: date: the article is dated 2024-11-30 but filed under articles\/2024\/12\/; its URL follows the date\n    hint: move it to articles\/2024\/11\/late\.md; if it was published under another date, list its old URL under aliases:/);
  });
});

/** Every file of a folder with its bytes, to compare a site before and after. */
function snapshot(dir: string): Map<string, string> {
  return new Map(listFiles(dir).map((file) => [file, fs.readFileSync(path.join(dir, file), "base64")]));
}
