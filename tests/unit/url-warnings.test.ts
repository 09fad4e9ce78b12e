import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { RedirectRule } from "../../src/archive/model.ts";
import { CLOUDFLARE_RULE_LIMIT } from "../../src/archive/redirect-rules.ts";
import { folderDateWarnings, redirectLimitWarnings } from "../../src/editor/url-warnings.ts";
import { article } from "../helpers/archive-of.ts";

describe("folderDateWarnings", () => {
  it("should warn at the date's line when the YYYY/MM folder is another month than the date", () => {
    const warnings = folderDateWarnings([article({ title: "Moved", relPath: "articles/2024/12/visit.md", date: "2024-11-28", urlLines: { date: 3, aliases: [] } })]);
    assert.equal(warnings.length, 1);
    assert.equal(warnings[0]!.code, "folder-date-mismatch");
    assert.equal(warnings[0]!.severity, "warning");
    assert.equal(warnings[0]!.line, 3);
    assert.equal(warnings[0]!.field, "date");
    assert.equal(warnings[0]!.message, "the article is dated 2024-11-28 but filed under articles/2024/12/; its URL follows the date");
    assert.match(warnings[0]!.hint!, /^move it to articles\/2024\/11\/visit\.md; if it was published under another date, list its old URL under aliases:$/);
  });

  it("should name a bundle's folder, and compare a year folder's year alone", () => {
    const [bundle] = folderDateWarnings([article({ title: "B", relPath: "articles/2024/12/visit/index.md", date: "2025-01-02" })]);
    assert.match(bundle!.hint!, /^move it to articles\/2025\/01\/visit\/;/);
    assert.deepEqual(folderDateWarnings([article({ title: "Y", relPath: "articles/2024/visit.md", date: "2024-03-01" })]), []);
    assert.equal(folderDateWarnings([article({ title: "Y", relPath: "articles/2023/visit.md", date: "2024-03-01" })]).length, 1);
  });

  it("should leave alone articles in the right folder and folders not named by date", () => {
    const articles = [
      article({ title: "A", relPath: "articles/2024/12/a.md", date: "2024-12-30" }),
      article({ title: "B", relPath: "articles/b.md", date: "2024-12-30" }),
      article({ title: "C", relPath: "articles/politics/c.md", date: "2024-12-30" }),
      article({ title: "D", relPath: "articles/20241/12/d.md", date: "2024-12-30" }),
    ];
    assert.deepEqual(folderDateWarnings(articles), []);
  });
});

describe("redirectLimitWarnings", () => {
  const rules = (n: number): RedirectRule[] => Array.from({ length: n }, (_, i) => ({ from: `/old/${i}/`, to: "/x/", status: 301 }));

  it("should say nothing up to the limit Cloudflare Pages reads", () => {
    assert.deepEqual(redirectLimitWarnings(rules(CLOUDFLARE_RULE_LIMIT), "/content"), []);
  });

  it("should warn one rule past it, saying how many are past", () => {
    const [warning] = redirectLimitWarnings(rules(CLOUDFLARE_RULE_LIMIT + 1), "/content");
    assert.equal(warning!.code, "redirects-over-limit");
    assert.equal(warning!.severity, "warning");
    assert.equal(warning!.file, "/content");
    assert.match(warning!.message, /2001 rules; Cloudflare Pages reads only the first 2000, so 1 old URL is sent on by its redirect page instead of a 301/);
    assert.match(redirectLimitWarnings(rules(2345), "/content")[0]!.message, /345 old URLs are sent on by their redirect pages/);
  });
});
