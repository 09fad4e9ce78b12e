import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { entityYears, entityYearViews, yearUrls } from "../../src/archive/entity-years.ts";
import type { ArticleView } from "../../src/archive/model.ts";
import { parseArticleDate } from "../../src/content/dates.ts";
import { archiveOf } from "../helpers/archive-of.ts";

/** Just enough of an article view for grouping by year: its id and date. */
function view(id: string, date: string): ArticleView {
  const parsed = parseArticleDate(date);
  if ("error" in parsed) throw new Error(parsed.error);
  return { id, date: parsed } as ArticleView;
}

describe("entityYears", () => {
  it("should group a newest-first list by year, oldest year first, each year's articles in the list's order", () => {
    const list = [view("c", "2025-03-01"), view("b", "2024-12-31"), view("a", "2024-01-02")];
    const years = entityYears("/people/x/", list, 2);
    assert.deepEqual(
      years.map((y) => [y.name, y.url, y.listed, y.count, y.articles.map((a) => a.id)]),
      [
        ["2024", "/people/x/2024/", true, 2, ["b", "a"]],
        ["2025", "/people/x/2025/", true, 1, ["c"]],
      ],
    );
  });

  it("should keep one entry per year when offsets interleave the years around New Year", () => {
    // 00:30 on 1 January in Baku is 20:30 UTC on 31 December: older than 23:00 UTC that evening.
    const list = [view("late", "2024-12-31T23:00:00Z"), view("new-year", "2025-01-01T00:30:00+04:00"), view("early", "2024-06-01")];
    const years = entityYears("/countries/x/", list, 1);
    assert.deepEqual(years.map((y) => [y.year, y.articles.map((a) => a.id)]), [[2024, ["late", "early"]], [2025, ["new-year"]]]);
  });

  it("should give no year a list of its own when every article is in one year, or all fit on one page", () => {
    const oneYear = entityYears("/sources/s/", [view("b", "2024-05-01"), view("a", "2024-01-01")], 1);
    assert.deepEqual(oneYear.map((y) => [y.url, y.listed]), [["/sources/s/", false]]);
    const onePage = entityYears("/sources/s/", [view("b", "2025-05-01"), view("a", "2024-01-01")], 20);
    assert.deepEqual(onePage.map((y) => [y.url, y.listed]), [["/sources/s/", false], ["/sources/s/", false]]);
    assert.equal(yearUrls(onePage).size, 0);
    assert.deepEqual(entityYears("/sources/s/", [], 1), []);
  });
});

describe("entityYearViews", () => {
  it("should make one view per listed year, naming its entity and sharing the entity's years for the switcher", () => {
    const years = entityYears("/people/x/", [view("b", "2025-01-01"), view("a", "2024-01-01")], 1);
    const single = entityYears("/people/y/", [view("c", "2025-01-01")], 1);
    const views = entityYearViews("person", [
      { name: "X", url: "/people/x/", count: 2, years },
      { name: "Y", url: "/people/y/", count: 1, years: single },
    ]);
    assert.deepEqual(views.map((v) => [v.kind, v.owner.name, v.url, v.count]), [["person", "X", "/people/x/2024/", 1], ["person", "X", "/people/x/2025/", 1]]);
    assert.equal(views[0]!.years, years);
  });
});

describe("year lists in the archive", () => {
  it("should paginate each listed year of people, countries and sources by the site's page size, and link the timeline's years to them", () => {
    const archive = archiveOf(
      [
        { title: "A", date: "2025-02-01", people: ["Ann Lee"], places: ["Syria"], source: "Wire" },
        { title: "B", date: "2025-01-01", people: ["Ann Lee"], places: ["Syria"], source: "Wire" },
        { title: "C", date: "2025-01-02", people: ["Ann Lee"], places: ["Syria"], source: "Wire" },
        { title: "D", date: "2023-06-01", people: ["Ann Lee"], places: ["Syria"], source: "Wire" },
      ],
      { site: { pageSize: 2 } },
    );
    const urls = archive.entityYearPages.map((p) => p.page.url);
    for (const base of ["/people/ann-lee/", "/countries/syria/", "/sources/wire/"]) {
      assert.ok(urls.includes(`${base}2023/`), `${base}2023/`);
      assert.ok(urls.includes(`${base}2025/`), `${base}2025/`);
      assert.ok(urls.includes(`${base}2025/page/2/`), `${base}2025/page/2/`);
      assert.ok(!urls.includes(`${base}2024/`), "no list for a year without articles");
    }
    const person = archive.people[0]!;
    assert.deepEqual(person.timeline?.years.map((y) => [y.label, y.count, y.url]), [
      ["2023", 1, "/people/ann-lee/2023/"],
      ["2024", 0, undefined],
      ["2025", 3, "/people/ann-lee/2025/"],
    ]);
    const page2 = archive.entityYearPages.find((p) => p.page.url === "/people/ann-lee/2025/page/2/")!;
    assert.deepEqual(page2.page.items.map((a) => a.title), ["B"]);
    assert.equal(page2.entity.owner.url, "/people/ann-lee/");
  });

  it("should give a source its most mentioned people and countries, as people and countries have", () => {
    const archive = archiveOf([
      { title: "A", people: ["Ann Lee", "Bo Chen"], places: ["Syria", "Damascus"], source: "Wire" },
      { title: "B", people: ["Ann Lee"], places: ["Japan"], source: "Wire" },
    ]);
    const source = archive.sources[0]!;
    assert.deepEqual(source.people.map((p) => [p.item.name, p.count]), [["Ann Lee", 2], ["Bo Chen", 1]]);
    assert.deepEqual(source.countries.map((c) => [c.item.name, c.count]), [["Japan", 1], ["Syria", 1]]);
    assert.equal(source.timeline?.total, 2);
  });
});
