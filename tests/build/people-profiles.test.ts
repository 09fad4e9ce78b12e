/**
 * Richer people through the real build (issue 15 part 4): a registry photo
 * processed into small WebP and JPEG files with width and height, published
 * only for a person some published article mentions; Wikidata and links as
 * links out and JSON-LD `sameAs`; a `javascript:` link is a problem that
 * stops the build, never a link; the people index with breadcrumbs; and an
 * archive with no articles at all.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { buildSite, readPage, type BuildResult } from "../helpers/build-site.ts";
import { tempDir, writeContent } from "../helpers/fixture.ts";
import { attr, elementsIn, parseHtml, textOf } from "../helpers/html.ts";
import { writePhoto } from "../helpers/photos.ts";
import { htmlErrors } from "../helpers/site-check.ts";

const REGISTRY = [
  "- name: Asaad Hassan al-Shaibani",
  "  aliases: [Assad al-Shaibani]",
  "  role: Foreign Minister",
  "  wikidata: Q98765",
  "  image: people/shaibani.jpg",
  "  links:",
  "    - https://example.org/shaibani",
  "    - { label: 'Ministry <b>page</b>', url: 'https://mofa.example/minister?a=1&b=2' }",
  "- name: Nobody Mentioned",
  "  image: people/unused.jpg",
  "",
].join("\n");

function content(registry = REGISTRY): string {
  return writeContent(
    [
      { path: "2024/12/one.md", frontMatter: { title: "First visit", date: "2024-12-01", source: "Wire", people: ["Assad al-Shaibani"] } },
      { path: "2025/01/two.md", frontMatter: { title: "Second visit", date: "2025-01-05", source: "Wire", people: ["Asaad Hassan al-Shaibani", "Yalchin Rafiyev"] } },
    ],
    { "people.yaml": registry, "site.yaml": "title: T\nurl: https://news.example.org\n" },
  );
}

describe("person profiles in the built site", () => {
  let input: string;
  let site: BuildResult;
  const env = { DATELINE_CACHE_DIR: tempDir("dateline-cache-") };

  before(async () => {
    input = content();
    await writePhoto(path.join(input, "people", "shaibani.jpg"), 900, 1200, 3);
    await writePhoto(path.join(input, "people", "unused.jpg"), 900, 1200, 4);
    site = buildSite(input, { env });
    assert.equal(site.status, 0, site.stderr);
  });

  it("should print the photo's small WebP and JPEG with width and height, and publish only those files", () => {
    const page = parseHtml(readPage(site.output, "/people/asaad-hassan-al-shaibani/"));
    const picture = page.all("picture").find((p) => attr(p, "class") === "person-profile__photo")!;
    const source = elementsIn(picture).find((e) => e.tagName === "source")!;
    const img = elementsIn(picture).find((e) => e.tagName === "img")!;
    assert.equal(attr(img, "width"), "320");
    assert.equal(attr(img, "height"), "426");
    assert.equal(attr(img, "alt"), "Asaad Hassan al-Shaibani");
    for (const url of [attr(img, "src")!, attr(source, "srcset")!]) {
      assert.match(url, /^\/img\/[0-9a-f]{20}-320\.(jpeg|webp)$/);
      assert.ok(fs.existsSync(path.join(site.output, url)), url);
    }
    // The person nobody mentions has no page, and their photo is not published: only the two portrait files are.
    assert.deepEqual(fs.readdirSync(path.join(site.output, "img")).length, 2);
  });

  it("should show the role, first and last mention, and links out that send no referrer", () => {
    const page = parseHtml(readPage(site.output, "/people/asaad-hassan-al-shaibani/"));
    assert.equal(textOf(page.all("p").find((p) => attr(p, "class") === "person-profile__role")!), "Foreign Minister");
    const mentions = page.all("dd").map((dd) => textOf(dd).replace(/\s+/g, " "));
    assert.deepEqual(mentions, ["1 December 2024 · First visit", "5 January 2025 · Second visit"]);
    const links = page.all("ul").find((ul) => attr(ul, "class") === "person-profile__links")!;
    const anchors = elementsIn(links).filter((e) => e.tagName === "a");
    assert.deepEqual(anchors.map((a) => [attr(a, "href"), textOf(a), attr(a, "rel")]), [
      ["https://www.wikidata.org/wiki/Q98765", "Wikidata", "noopener noreferrer external"],
      ["https://example.org/shaibani", "example.org", "noopener noreferrer external"],
      ["https://mofa.example/minister?a=1&b=2", "Ministry <b>page</b>", "noopener noreferrer external"],
    ]);
    // A person without a registry entry gets initials, hidden from screen readers.
    const other = parseHtml(readPage(site.output, "/people/yalchin-rafiyev/"));
    const initials = other.all("span").find((s) => attr(s, "class") === "person-profile__initials")!;
    assert.equal(textOf(initials), "YR");
    assert.equal(attr(initials, "aria-hidden"), "true");
  });

  it("should describe the person in JSON-LD with Wikidata and links as sameAs", () => {
    const page = parseHtml(readPage(site.output, "/people/asaad-hassan-al-shaibani/"));
    const script = page.all("script").find((s) => attr(s, "type") === "application/ld+json")!;
    const data = JSON.parse(textOf(script));
    assert.equal(data["@type"], "Person");
    assert.equal(data.jobTitle, "Foreign Minister");
    assert.deepEqual(data.sameAs, ["https://www.wikidata.org/wiki/Q98765", "https://example.org/shaibani", "https://mofa.example/minister?a=1&b=2"]);
    assert.match(data.image, /^https:\/\/news\.example\.org\/img\/[0-9a-f]{20}-320\.jpeg$/);
  });

  it("should give the people index breadcrumbs, family-name order and roles, and valid HTML", async () => {
    const page = parseHtml(readPage(site.output, "/people/"));
    const crumbs = page.all("nav").find((n) => attr(n, "class") === "breadcrumbs")!;
    assert.deepEqual(elementsIn(crumbs).filter((e) => e.tagName === "li").map((li) => textOf(li).trim()), ["Home", "People"]);
    const names = page.all("ul").filter((ul) => attr(ul, "class") === "entity-list").flatMap((ul) => elementsIn(ul).filter((e) => e.tagName === "bdi").map(textOf));
    assert.deepEqual(names, ["Yalchin Rafiyev", "Asaad Hassan al-Shaibani"]);
    assert.ok(page.all("span").some((s) => attr(s, "class") === "entity-list__about" && textOf(s) === "Foreign Minister"));
    assert.deepEqual(await htmlErrors(site.output), []);
  });

  it("should refuse a javascript: link, a bad Q-id and a missing photo with the file and line, and build nothing", () => {
    const bad = content(["- name: Asaad Hassan al-Shaibani", "  wikidata: Q0", "  image: people/none.jpg", "  links: ['javascript:alert(document.cookie)']", ""].join("\n"));
    const result = buildSite(bad, { env });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /people\.yaml:2.*wikidata.*not a Wikidata item id/);
    assert.match(result.stderr, /people\.yaml:3.*image.*not there/);
    assert.match(result.stderr, /people\.yaml:4.*links\.0.*javascript: address/);
    assert.equal(fs.existsSync(result.output), false);
  });

  it("should build an archive with no articles at all, with an empty people index", () => {
    const empty = tempDir("dateline-empty-");
    const result = buildSite(empty, { env, args: ["--allow-empty"] });
    assert.equal(result.status, 0, result.stderr);
    const page = readPage(result.output, "/people/");
    assert.match(page, /class="empty"/);
    assert.doesNotMatch(page, /people-filter/);
  });
});
