import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildTimeline } from "../../src/archive/timeline.ts";
import { describeTimeline, timelineSvg } from "../../src/charts/timeline-svg.ts";
import { parseHtml, attr, elementsIn } from "../helpers/html.ts";

const timeline = buildTimeline([
  { year: 2024, month: 12 },
  { year: 2025, month: 2 },
  { year: 2025, month: 2 },
]);

describe("timelineSvg", () => {
  it("should draw one bar per month with articles, the busiest the full height", () => {
    const svg = timelineSvg(timeline, { id: "t", title: "Articles mentioning X", describedBy: "t-summary" });
    const html = parseHtml(`<body>${svg}</body>`);
    const rects = html.all("rect");
    assert.equal(rects.length, 2);
    // The chart spans whole years: December 2024 is the twelfth slot of 2024, February 2025 the second of 2025.
    assert.deepEqual(rects.map((r) => attr(r, "x")), ["11.1", "13.1"]);
    assert.deepEqual(rects.map((r) => attr(r, "height")), ["24", "48"]);
    assert.deepEqual(html.all("title").map((t) => elementsIn(t).length), [1, 1, 1]);
    assert.match(svg, /<title>February 2025: 2 articles<\/title>/);
    assert.match(svg, /<title>December 2024: 1 article<\/title>/);
  });

  it("should be an image named by its title and described by the page's sentence", () => {
    const svg = timelineSvg(timeline, { id: "t", title: "Articles mentioning X", describedBy: "t-summary" });
    const root = parseHtml(`<body>${svg}</body>`).all("svg")[0]!;
    assert.equal(attr(root, "role"), "img");
    assert.equal(attr(root, "aria-labelledby"), "t-title");
    assert.equal(attr(root, "aria-describedby"), "t-summary");
    assert.match(svg, /<title id="t-title">Articles mentioning X<\/title>/);
  });

  it("should escape every text it writes", () => {
    const svg = timelineSvg(timeline, { id: 'a"b', title: `<script>alert("x")</script> & co` });
    assert.doesNotMatch(svg, /<script/);
    assert.match(svg, /&#60;script&#62;alert\(&#34;x&#34;\)&#60;\/script&#62; &#38; co/);
    assert.match(svg, /aria-labelledby="a&#34;b-title"/);
  });

  it("should stretch to its column and draw a tick between years, none for a chart of years", () => {
    const svg = timelineSvg(timeline, { id: "t", title: "x" });
    const root = parseHtml(`<body>${svg}</body>`).all("svg")[0]!;
    assert.equal(attr(root, "width"), "100%");
    assert.equal(attr(root, "viewBox"), "0 0 24 49");
    assert.deepEqual(parseHtml(`<body>${svg}</body>`).all("line").filter((l) => attr(l, "class") === "timeline__tick").map((l) => attr(l, "x1")), ["12"]);
    const years = timelineSvg(buildTimeline([{ year: 2010, month: 1 }, { year: 2024, month: 1 }]), { id: "t", title: "x" });
    assert.doesNotMatch(years, /timeline__tick/);
    assert.doesNotMatch(svg + years, /style=/, "no inline style: the content security policy forbids it");
  });

  it("should draw nothing for an empty timeline", () => {
    assert.equal(timelineSvg(buildTimeline([]), { id: "t", title: "x" }), "");
  });
});

describe("describeTimeline", () => {
  it("should say the span, the total and the busiest month in one sentence", () => {
    assert.equal(describeTimeline(timeline), "3 articles from December 2024 to February 2025; the busiest month was February 2025, with 2.");
    assert.equal(describeTimeline(buildTimeline([{ year: 2024, month: 1 }])), "1 article in January 2024.");
    assert.equal(describeTimeline(buildTimeline([])), "No articles yet.");
  });
});
