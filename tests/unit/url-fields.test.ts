import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseArticle } from "../../src/content/parse-article.ts";
import { aliasMistake, MAX_ALIAS_LENGTH, slugMistake } from "../../src/content/url-fields.ts";

const HEAD = "---\ntitle: Delegation visits Baku\ndate: 2024-12-30\nsource: AzerNews\n";

/** Parses an article whose front matter ends with `extra`. */
function parse(extra: string) {
  return parseArticle("/content/articles/2024/12/visit.md", `${HEAD}${extra}---\nBody.\n`);
}

describe("slugMistake", () => {
  it("should accept lowercase ASCII words joined by single hyphens", () => {
    for (const slug of ["baku", "assad-visits-baku", "g20-summit-2024", "a", "x".repeat(80)]) assert.equal(slugMistake(slug), undefined, slug);
  });

  it("should refuse anything else, with the slugified value as the hint", () => {
    const cases: [string, RegExp, RegExp][] = [
      ["Assad Visits Baku", /capital letters/, /slug: assad-visits-baku$/],
      ["Асад в Баку", /outside ASCII/, /slug: asad-v-baku$/],
      ["وفد أذربيجاني يزور دمشق", /outside ASCII/, /slug: [a-z0-9-]+$/],
      ["baku visit", /spaces/, /slug: baku-visit$/],
      ["-baku", /starts or ends with a hyphen/, /slug: baku$/],
      ["baku-", /starts or ends with a hyphen/, /slug: baku$/],
      ["baku--visit", /two hyphens in a row/, /slug: baku-visit$/],
      ["baku_visit", /other than letters, digits and hyphens/, /slug: baku-visit$/],
      ["baku.html", /other than letters/, /slug: baku-html$/],
      ["2024/12/baku", /without slashes/, /aliases:/],
      ["../../etc", /without slashes/, /slug:/],
      ["baku\u0000", /other than letters/, /slug: baku$/],
      ["", /must not be empty/, /remove the line/],
      ["x".repeat(81), /81 characters long/, /shorten it/],
    ];
    for (const [slug, message, hint] of cases) {
      const mistake = slugMistake(slug);
      assert.ok(mistake, JSON.stringify(slug));
      assert.match(mistake.message, message, JSON.stringify(slug));
      assert.match(mistake.hint, hint, JSON.stringify(slug));
    }
  });
});

describe("aliasMistake", () => {
  it("should accept lowercase site paths between slashes", () => {
    for (const alias of ["/articles/2024/12/old-title/", "/news/2019/assad-in-baku/", "/x/", "/a-1/b-2/c-3/"]) assert.equal(aliasMistake(alias), undefined, alias);
  });

  it("should refuse hostile and careless paths with a reason", () => {
    const cases: [string, RegExp][] = [
      ["https://example.org/old/", /not a full address/],
      ["//evil.example/old/", /not a full address/],
      ["javascript:alert(1)", /not a full address/],
      ["/old/?id=3", /query/],
      ["/old/#top", /fragment/],
      ["/old%2F..%2Fetc/", /%-escapes/],
      ["/articles/../../etc/", /\.\. segments/],
      ["/./old/", /\. or \.\. segments/],
      ["/old//title/", /empty segment/],
      ["old/title/", /start with \//],
      ["/old/title", /end with \//],
      ["/old/title.html", /end with \//],
      ["/Old/Title/", /lowercase/],
      ["/old title/", /only lowercase ASCII/],
      ["/старые/", /only lowercase ASCII/],
      ["/old\\title/", /only lowercase ASCII/],
      ["/old/\u0000/", /only lowercase ASCII/],
      ["/", /only lowercase ASCII/],
      [`/${"a".repeat(MAX_ALIAS_LENGTH)}/`, /at most/],
    ];
    for (const [alias, message] of cases) {
      const mistake = aliasMistake(alias);
      assert.ok(mistake, JSON.stringify(alias));
      assert.match(mistake.message, message, JSON.stringify(alias));
      assert.match(mistake.hint, /\/articles\/2024\/12\/old-title\//);
    }
  });
});

describe("slug: and aliases: in front matter", () => {
  it("should take a valid slug and aliases as written, with their lines", () => {
    const { article, problems } = parse("slug: baku-visit\naliases:\n  - /articles/2024/11/baku-visit/\n  - /old/baku/\n  - /old/baku/\n");
    assert.deepEqual(problems, []);
    assert.equal(article!.frontMatter.slug, "baku-visit");
    assert.deepEqual(article!.frontMatter.aliases, ["/articles/2024/11/baku-visit/", "/old/baku/"], "one written twice is kept once");
    assert.deepEqual(article!.urlLines, { date: 3, slug: 5, aliases: [7, 8] });
  });

  it("should take one alias written on the field's line, and none for an empty field", () => {
    assert.deepEqual(parse("aliases: /old/baku/\n").article!.frontMatter.aliases, ["/old/baku/"]);
    assert.deepEqual(parse("aliases:\n").article!.frontMatter.aliases, []);
    assert.deepEqual(parse("").article!.frontMatter.aliases, []);
    assert.equal(parse("").article!.frontMatter.slug, undefined);
  });

  it("should report a bad slug at its line with the slug to write", () => {
    const { article, problems } = parse("slug: Визит в Баку\n");
    assert.equal(article, undefined);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.code, "invalid-field");
    assert.equal(problems[0]!.line, 5);
    assert.equal(problems[0]!.field, "slug");
    assert.match(problems[0]!.hint!, /slug: vizit-v-baku$/);
  });

  it("should report each bad alias at its own line", () => {
    const { problems } = parse("aliases:\n  - /fine/\n  - https://example.org/old/\n  - /Old/\n  - 42\n  - [a, b]\n");
    assert.deepEqual(
      problems.map((p) => [p.code, p.line, p.field]),
      [
        ["invalid-field", 7, "aliases.1"],
        ["invalid-field", 8, "aliases.2"],
        ["invalid-field", 9, "aliases.3"],
        ["invalid-field", 10, "aliases.4"],
      ],
    );
    assert.match(problems[1]!.hint!, /- \/old\/$/);
  });

  it("should refuse aliases written as a mapping", () => {
    const { problems } = parse("aliases:\n  old: /old/\n");
    assert.equal(problems[0]!.field, "aliases");
    assert.match(problems[0]!.message, /must be a list of old paths/);
  });
});
