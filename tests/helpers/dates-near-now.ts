/**
 * Random article dates around a "now", as editors write them (a day alone, a
 * time with an offset or none), and the time zones farthest from UTC: for
 * property tests of code that skips articles far from now by a margin, which
 * must give what checking every article in its zone would.
 */
import fc from "fast-check";

/** Dates within four days either side of `now`, with and without offsets. */
export function datesNear(now: number): fc.Arbitrary<string> {
  return fc
    .tuple(fc.integer({ min: -96 * 60, max: 96 * 60 }), fc.constantFrom("", "Z", "+14:00", "-12:00", "+05:45"), fc.boolean())
    .map(([minutes, offset, dateOnly]) => {
      const iso = new Date(now + minutes * 60_000).toISOString();
      return dateOnly ? iso.slice(0, 10) : `${iso.slice(0, 16)}${offset}`;
    });
}

/** Site time zones as far from UTC, and as oddly offset, as there are. */
export const FAR_ZONES = fc.constantFrom("UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Kathmandu", "America/St_Johns", "Europe/London");
