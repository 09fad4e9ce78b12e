import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildDateIndex, monthLink } from "../../src/archive/date-index.ts";
import { monthUrl, yearUrl } from "../../src/archive/urls.ts";
import { archiveOf } from "../helpers/archive-of.ts";

describe("date index", () => {
  it("should name year and month URLs with four and two digits", () => {
    assert.equal(yearUrl(2024), "/archive/2024/");
    assert.equal(monthUrl(2024, 3), "/archive/2024/03/");
    assert.deepEqual(monthLink({ year: 2024, month: 12 }), { name: "December 2024", url: "/archive/2024/12/" });
  });

  it("should group articles by year and month with counts, years newest first and months in calendar order", () => {
    const archive = archiveOf([
      { title: "A", date: "2023-05-02" },
      { title: "B", date: "2024-12-30" },
      { title: "C", date: "2024-01-15" },
      { title: "D", date: "2024-12-01" },
    ]);
    assert.deepEqual(
      archive.years.map((y) => [y.name, y.count, y.months.map((m) => [m.name, m.count])]),
      [
        ["2024", 3, [["January 2024", 1], ["December 2024", 2]]],
        ["2023", 1, [["May 2023", 1]]],
      ],
    );
    const december = archive.years[0]!.months[1]!;
    assert.deepEqual(december.articles.map((a) => a.title), ["B", "D"], "newest first");
    assert.equal(december.url, "/archive/2024/12/");
    assert.equal(december.yearUrl, "/archive/2024/");
  });

  it("should file an article under the month its date was written in, whatever its UTC instant", () => {
    // 00:30 in Baku on 1 January is still 31 December in UTC.
    const archive = archiveOf([{ title: "New year", date: "2025-01-01T00:30:00+04:00" }]);
    assert.deepEqual(archive.years.map((y) => y.year), [2025]);
    assert.equal(archive.articles[0]!.month.url, "/archive/2025/01/");
    assert.equal(archive.articles[0]!.month.name, "January 2025");
  });

  it("should paginate each year and month like the other lists", () => {
    const articles = Array.from({ length: 5 }, (_, i) => ({ title: `T${i}`, date: `2024-03-0${i + 1}` }));
    const archive = archiveOf(articles, { site: { pageSize: 2 } });
    assert.deepEqual(archive.yearPages.map((p) => p.page.url), ["/archive/2024/", "/archive/2024/page/2/", "/archive/2024/page/3/"]);
    assert.deepEqual(
      archive.monthPages.map((p) => [p.page.url, p.page.items.map((a) => a.title)]),
      [
        ["/archive/2024/03/", ["T4", "T3"]],
        ["/archive/2024/03/page/2/", ["T2", "T1"]],
        ["/archive/2024/03/page/3/", ["T0"]],
      ],
    );
  });

  it("should list month pages newest month first", () => {
    const archive = archiveOf([
      { title: "A", date: "2023-11-02" },
      { title: "B", date: "2024-02-01" },
      { title: "C", date: "2024-01-01" },
    ]);
    assert.deepEqual(archive.monthPages.map((p) => p.page.url), ["/archive/2024/02/", "/archive/2024/01/", "/archive/2023/11/"]);
  });

  it("should give an empty archive no years and no pages", () => {
    assert.deepEqual(buildDateIndex([], 20), { years: [], yearPages: [], monthPages: [] });
  });
});
