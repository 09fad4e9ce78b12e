import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { defaultLinkLabel, linkMistake, wikidataMistake, wikidataUrl } from "../../src/entities/person-fields.ts";

describe("wikidataMistake", () => {
  it("should take Q followed by a number without leading zeros", () => {
    for (const id of ["Q1", "Q42", "Q123456789"]) assert.equal(wikidataMistake(id), undefined, id);
    assert.equal(wikidataUrl("Q42"), "https://www.wikidata.org/wiki/Q42");
  });

  it("should refuse anything else, suggesting the id it holds", () => {
    assert.match(wikidataMistake("https://www.wikidata.org/wiki/Q42")!.hint, /wikidata: Q42$/);
    assert.match(wikidataMistake("42")!.hint, /wikidata: Q42$/);
    for (const bad of ["Q0", "Q042", "q42", "P31", "Q42 ", "Q42\"><script>", ""]) assert.ok(wikidataMistake(bad), bad);
  });
});

describe("linkMistake", () => {
  it("should take full http(s) addresses", () => {
    for (const url of ["https://example.org/", "http://example.org/a?b=1#c", "https://xn--mgbh0fb.example/"]) assert.equal(linkMistake(url), undefined, url);
    assert.equal(defaultLinkLabel("https://www.example.org/x"), "example.org");
  });

  it("should refuse scripts, data, bare hosts, credentials, spaces and very long addresses", () => {
    for (const url of ["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<b>", "vbscript:x", "example.org/profile", "//example.org/", "https://user:pw@example.org/", "https://exa mple.org/", "https://example.org/\n", `https://example.org/${"a".repeat(2000)}`]) {
      assert.ok(linkMistake(url), url);
    }
  });
});
