/**
 * A bar chart of an entity's articles per month, as static SVG markup: no
 * script, no chart library, no inline style. It is an image (`role="img"`)
 * named by its `<title>` and described by a sentence the page prints beside it
 * (`describeTimeline`), with the same numbers as a table for readers who
 * cannot see it. It stretches to its column's width (`preserveAspectRatio`
 * none) over whole calendar years (`Timeline.slots`), with a tick between
 * years, so the page's year links under it, equal columns, line up with it.
 */
import type { Timeline } from "../archive/model.ts";
import { ENGLISH_STRINGS, type InterfaceStrings } from "../i18n/interface-strings.ts";
import { translate } from "../i18n/translate.ts";
import { escapeXml } from "./svg-text.ts";

/** Height of the drawing in SVG units (and its default height in pixels). */
const HEIGHT = 48;
/** Slots per year when bars are months: where the ticks between years fall. */
const MONTHS = 12;

/** What the chart is called, the id its title hangs on (unique in the page), and the id of the text describing it. */
export interface TimelineSvgOptions {
  id: string;
  title: string;
  describedBy?: string;
  /** The site's interface strings, for the bars' labels (English unless given). */
  strings?: InterfaceStrings;
}

/** One sentence that says what the chart shows: span, total and busiest bucket. */
export function describeTimeline(timeline: Timeline, strings: InterfaceStrings = ENGLISH_STRINGS): string {
  const { buckets, total, busiest, unit } = timeline;
  if (buckets.length === 0 || !busiest) return translate(strings, "timeline.empty");
  const articles = translate(strings, "count.articles", { count: total });
  if (buckets.length === 1) return translate(strings, "timeline.summary.single", { articles, period: buckets[0]!.label });
  const range = { articles, first: buckets[0]!.label, last: buckets[buckets.length - 1]!.label };
  // "The busiest month" says nothing when no month had more than one article.
  if (busiest.count === 1) return translate(strings, "timeline.summary.range", range);
  const key = unit === "year" ? "timeline.summary.busiestYear" : "timeline.summary.busiestMonth";
  return translate(strings, key, { ...range, busiest: busiest.label, busiestCount: busiest.count });
}

/** The chart's SVG markup, or an empty string for an empty timeline. Every text in it is escaped. */
export function timelineSvg(timeline: Timeline, { id, title, describedBy, strings = ENGLISH_STRINGS }: TimelineSvgOptions): string {
  const { buckets, peak, slots, offset, unit } = timeline;
  if (buckets.length === 0 || peak === 0) return "";
  const ticks =
    unit === "month"
      ? timeline.years
          .slice(1)
          .map((_, index) => {
            const x = (index + 1) * MONTHS;
            return `<line class="timeline__tick" x1="${x}" x2="${x}" y1="0" y2="${HEIGHT + 1}" vector-effect="non-scaling-stroke"/>`;
          })
          .join("")
      : "";
  const bars = buckets
    .map((bucket, index) => {
      if (bucket.count === 0) return "";
      // Even one article gets a visible bar; the tallest fills the height.
      const height = Math.max(2, Math.round((bucket.count / peak) * HEIGHT * 10) / 10);
      const label = translate(strings, "timeline.bar", { label: bucket.label, articles: translate(strings, "count.articles", { count: bucket.count }) });
      return `<rect x="${offset + index + 0.1}" y="${round(HEIGHT - height)}" width="0.8" height="${height}"><title>${escapeXml(label)}</title></rect>`;
    })
    .join("");
  const safeId = escapeXml(id);
  return (
    `<svg class="timeline__chart" width="100%" height="${HEIGHT + 1}" viewBox="0 0 ${slots} ${HEIGHT + 1}" preserveAspectRatio="none" role="img" ` +
    `aria-labelledby="${safeId}-title"${describedBy ? ` aria-describedby="${escapeXml(describedBy)}"` : ""} ` +
    `focusable="false" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${safeId}-title">${escapeXml(title)}</title>` +
    `${ticks}<line class="timeline__axis" x1="0" x2="${slots}" y1="${HEIGHT + 0.5}" y2="${HEIGHT + 0.5}" vector-effect="non-scaling-stroke"/>` +
    `${bars}</svg>`
  );
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
