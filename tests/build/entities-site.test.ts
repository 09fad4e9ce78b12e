import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { buildSite, readPage, runCli, type BuildResult } from "../helpers/build-site.ts";
import { writeContent } from "../helpers/fixture.ts";
import { attr, parseHtml, textOf } from "../helpers/html.ts";

const article = (stem: string, people: string[], places: string[], date = "2024-12-30") => ({
  path: `2024/12/${stem}.md`,
  frontMatter: { title: `Story ${stem}`, date, source: "Wire", people, places },
});

function dirs(root: string): string[] {
  return fs.readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
}

function isRedirect(html: string): boolean {
  return /http-equiv="refresh"/.test(html);
}

describe("people and countries across spellings and scripts", () => {
  let site: BuildResult;
  let input: string;
  before(() => {
    input = writeContent(
      [
        article("a", ["Assad Hassan Al-Shibani", "Владимир Путин", "李强"], ["Turkiye", "Damascus"]),
        article("b", ["Asaad al-Shaibani", "Vladimir Putin", "../../etc/passwd"], ["Turkey", "Halab"]),
        article("c", ["أسعد حسن الشيباني", "Li Qiang"], ["TÜRKİYE", "Syrian Arab Republic", "Baku"]),
        article("d", ["ASAAD HASSAN AL-SHAIBANI", "Li-Qiang"], ["SY", "Republic of Türkiye", "Atlantis"]),
      ],
      {
        "people.yaml": [
          "- name: Asaad Hassan al-Shaibani",
          "  aliases: [Assad Hassan Al-Shibani, Asaad al-Shaibani, أسعد حسن الشيباني]",
          "  description: Foreign Minister of Syria's transitional government",
          "- name: Li Qiang",
          "  aliases: [李强]",
        ].join("\n"),
        "places.yaml": "- name: Aleppo\n  country: Syria\n  aliases: [Halab]\n",
      },
    );
    site = buildSite(input);
    assert.equal(site.status, 0, site.stderr);
  });

  it("should build exactly one real page per person, at readable ASCII slugs", () => {
    const real = dirs(path.join(site.output, "people")).filter((slug) => !isRedirect(readPage(site.output, `/people/${slug}/`)));
    assert.deepEqual(real, ["asaad-hassan-al-shaibani", "etc-passwd", "li-qiang", "vladimir-putin"]);
    const minister = parseHtml(readPage(site.output, "/people/asaad-hassan-al-shaibani/"));
    assert.equal(minister.text("h1"), "Asaad Hassan al-Shaibani");
    assert.equal(minister.all("li").filter((li) => li.attrs.some((a) => a.value === "article-item")).length, 4);
  });

  it("should build exactly one page per country, whatever the spelling", () => {
    const real = dirs(path.join(site.output, "countries")).filter((slug) => !isRedirect(readPage(site.output, `/countries/${slug}/`)));
    assert.deepEqual(real, ["azerbaijan", "syria", "turkiye"]);
    const turkiye = readPage(site.output, "/countries/turkiye/");
    for (const stem of ["a", "b", "c", "d"]) assert.match(turkiye, new RegExp(`/articles/2024/12/${stem}/`));
  });

  it("should list registry cities and capitals on their country's page", () => {
    const syria = parseHtml(readPage(site.output, "/countries/syria/"));
    // The name is isolated in a <bdi> (it may be in any script); the count beside it is not part of it.
    const chips = syria.all("span").filter((s) => attr(s, "class") === "chip chip--plain").map((s) => textOf(s.childNodes.find((c) => c.nodeName === "bdi")!));
    assert.deepEqual(chips.sort(), ["Aleppo", "Damascus"]);
    for (const stem of ["a", "b", "c", "d"]) assert.match(readPage(site.output, "/countries/syria/"), new RegExp(`/articles/2024/12/${stem}/`));
  });

  it("should redirect variant spellings to the canonical page", () => {
    assert.match(readPage(site.output, "/people/assad-hassan-al-shibani/"), /url=\/people\/asaad-hassan-al-shaibani\//);
    assert.match(readPage(site.output, "/countries/turkey/"), /url=\/countries\/turkiye\//);
  });

  it("should warn in check about unknown places, without failing", () => {
    const check = runCli("src/cli/check.ts", [`--input=${input}`]);
    assert.equal(check.status, 0, check.stderr);
    assert.match(check.stdout + check.stderr, /d\.md:\d+: warning: places: "Atlantis" is not a country/);
  });

  it("should warn in check about two records that are probably one person", () => {
    const dupes = writeContent([article("x", ["Asaad Al Shaibani"], []), article("y", ["Asaad Shaibani"], []), article("z", ["Yalchin Rafiyev", "Yalchin Rafiev"], [])]);
    const check = runCli("src/cli/check.ts", [`--input=${dupes}`, "--json"]);
    assert.equal(check.status, 0, check.stderr);
    const report = JSON.parse(check.stdout) as { warnings: { code: string; message: string; hint: string }[] };
    const duplicates = report.warnings.filter((w) => w.code === "probable-duplicate-person");
    assert.equal(duplicates.length, 2, JSON.stringify(duplicates));
    assert.ok(duplicates.every((w) => /aliases: \[/.test(w.hint)));
  });
});
