import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { renderMarkdown } from "../../src/markdown/pipeline.ts";
import { renderAll } from "../../src/markdown/render-all.ts";
import { RenderCache } from "../../src/markdown/render-cache.ts";
import { RenderPool } from "../../src/markdown/render-pool.ts";
import { tempDir } from "../helpers/fixture.ts";

/** Bodies covering what the pipeline does: blocks, inline marks, links, raw HTML it must sanitise, other scripts. */
const BODIES = [
  "# Heading\n\nA paragraph with *emphasis*, **strong** and a [link](https://example.org/a?b=1&c=2).\n",
  "- one\n- two\n  - nested\n\n1. first\n2. second\n",
  "> A quotation,\n> said someone.\n\n---\n\n```js\nconst x = 1 < 2;\n```\n",
  'Raw <script>alert("x")</script> and <a href="javascript:alert(1)" onclick="x()">a link</a> and <b>bold</b>.\n',
  "Азербайджан и Сирия. 阿塞拜疆与叙利亚。 Türkiye, Şam.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n",
  "",
  "Text with a reference [link][ref].\n\n[ref]: https://example.com/ref \"Title\"\n",
  "![An image](https://example.org/i.png) and a hard  \nbreak, `code` and &amp; entities &copy;.\n",
];

describe("RenderPool", () => {
  const pool = new RenderPool(2);
  after(() => pool.close());

  it("should render exactly what the main thread renders", async () => {
    const promises = BODIES.map((body) => pool.render(body));
    pool.flush();
    assert.deepEqual(await Promise.all(promises), BODIES.map((body) => ({ rendered: renderMarkdown(body) })));
  });

  it("should answer every body of many batches, each with its own render", async () => {
    const many = Array.from({ length: 150 }, (_, i) => `## Article ${i}\n\nBody number ${i}, *marked*.\n`);
    const promises = many.map((body) => pool.render(body));
    pool.flush();
    const results = await Promise.all(promises);
    results.forEach((outcome, i) => assert.equal(outcome.rendered?.html, renderMarkdown(many[i]!).html));
  });

  it("should refuse work once closed", async () => {
    const closing = new RenderPool(1);
    await closing.close();
    await assert.rejects(closing.render("text"), /closed/);
  });
});

describe("renderAll", () => {
  it("should give the same renders, in order, in one thread or many, as the main thread would", async () => {
    const bodies = Array.from({ length: 60 }, (_, i) => BODIES[i % BODIES.length]! + `\nArticle ${i}.\n`);
    const oneThread = await renderAll(bodies, undefined, { poolThreshold: Infinity });
    const pooled = await renderAll(bodies, undefined, { poolThreshold: 1, poolSize: 2 });
    assert.deepEqual(pooled, oneThread);
    assert.deepEqual(oneThread, bodies.map((body) => renderMarkdown(body)));
  });

  it("should fill the cache from the pool, so the next build renders nothing", async () => {
    const dir = tempDir();
    const bodies = Array.from({ length: 20 }, (_, i) => `Body ${i} with *emphasis*.\n`);
    const first = await renderAll(bodies, new RenderCache(dir).load(), { poolThreshold: 1, poolSize: 2 });
    const cache = new RenderCache(dir).load();
    bodies.forEach((body, i) => assert.deepEqual(cache.get(cache.keyOf(body)), first[i]));
  });
});
