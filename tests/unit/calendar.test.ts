import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ru } from "date-fns/locale";
import { calendarOf, monthLevel, monthNames } from "../../src/archive/calendar.ts";
import { archiveOf } from "../helpers/archive-of.ts";

describe("date archive calendar", () => {
  it("should name the twelve months standing alone, full and short, in the site's language", () => {
    const english = monthNames();
    assert.equal(english.length, 12);
    assert.deepEqual([english[0], english[11]], [
      { month: 1, long: "January", short: "Jan" },
      { month: 12, long: "December", short: "Dec" },
    ]);
    // Stand-alone (nominative) forms, as a column heading needs: "март", not "марта".
    assert.equal(monthNames({ locale: ru, day: "d MMMM yyyy", month: "LLLL yyyy" })[2]!.long, "март");
  });

  it("should give every year twelve months, linked only where articles are, shaded against the busiest month", () => {
    const archive = archiveOf([
      ...Array.from({ length: 9 }, (_, i) => ({ title: `March ${i}`, date: `2025-03-0${i + 1}` })),
      { title: "May", date: "2025-05-02" },
      { title: "Old", date: "2023-11-20" },
    ]);
    const [y2025, y2023] = archive.years;
    assert.equal(y2025!.calendar.length, 12);
    const march = y2025!.calendar[2]!;
    assert.deepEqual(march, { month: 3, label: "March", short: "Mar", name: "March 2025", count: 9, level: 5, url: "/archive/2025/03/" });
    const april = y2025!.calendar[3]!;
    assert.equal(april.count, 0);
    assert.equal(april.level, 0);
    assert.equal(april.url, undefined, "an empty month links nowhere");
    assert.equal(april.name, "April 2025");
    const may = y2025!.calendar[4]!;
    assert.ok(may.level >= 1 && may.level < march.level, "one article is paler than the busiest month, but shaded");
    assert.equal(y2023!.calendar.filter((month) => month.url).length, 1);
  });

  it("should link each month to the nearest older and newer months that hold articles, across years", () => {
    const archive = archiveOf([
      { title: "A", date: "2023-11-20" },
      { title: "B", date: "2025-03-01" },
      { title: "C", date: "2025-05-02" },
    ]);
    const months = archive.monthPages.map((page) => page.entity);
    const byName = new Map(months.map((month) => [month.name, month]));
    assert.deepEqual(byName.get("March 2025")!.prev, { name: "November 2023", url: "/archive/2023/11/" });
    assert.deepEqual(byName.get("March 2025")!.next, { name: "May 2025", url: "/archive/2025/05/" });
    assert.equal(byName.get("November 2023")!.prev, undefined);
    assert.equal(byName.get("May 2025")!.next, undefined);
  });

  it("should shade in proportion to the busiest month, so steady months of a steady newsroom still differ", () => {
    assert.deepEqual([0, 1, 29, 41, 48, 60].map((count) => monthLevel(count, 60)), [0, 1, 3, 4, 4, 5]);
    assert.equal(monthLevel(3, 0), 0);
  });

  it("should leave an empty archive without years", () => {
    assert.deepEqual(archiveOf([]).years, []);
    assert.deepEqual(calendarOf({ year: 2025, months: [] }, 0, monthNames()).map((month) => month.level), Array(12).fill(0));
  });
});
