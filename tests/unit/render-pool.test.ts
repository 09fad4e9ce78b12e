import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { renderMarkdown } from "../../src/markdown/pipeline.ts";
import { renderChecked } from "../../src/markdown/checked-render.ts";
import { BodyRenderer, startRenderPool, type BodyRendererOptions } from "../../src/markdown/render-all.ts";
import type { RenderedMarkdown } from "../../src/markdown/pipeline.ts";
import { RenderCache } from "../../src/markdown/render-cache.ts";
import { bodyText, isStored, type Rendered } from "../../src/markdown/stored-body.ts";
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

/** Renders every body with a BodyRenderer, in order; fails the test if any cannot be rendered. */
async function renderAll(bodies: string[], cache: RenderCache | undefined, options: BodyRendererOptions = {}): Promise<Rendered[]> {
  const renderer = new BodyRenderer(cache, options);
  bodies.forEach((body, index) => renderer.add(body, { file: `body ${index}` }));
  const { renders, problems } = await renderer.finish();
  assert.deepEqual(problems, []);
  return renders.map((rendered) => rendered!);
}

describe("BodyRenderer, every body", () => {
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
    // Stored renders: the same key, summary and text, read back from disk.
    const seen = (rendered: Rendered | undefined) => rendered && { ...bodyText(rendered), excerpt: rendered.excerpt, words: rendered.words, key: isStored(rendered) && rendered.body.key };
    bodies.forEach((body, i) => assert.deepEqual(seen(cache.get(cache.keyOf(body))), seen(first[i])));
    bodies.forEach((body, i) => assert.equal(seen(first[i])!.html, renderMarkdown(body).html));
  });
});

/**
 * Passes the pre-scan (under 2,000 marks a paragraph) yet takes remark a minute or more even on a quiet
 * machine: only the time limit stops it, and a wall-time bound far below its own time proves the stop.
 */
const SLOW = Array.from({ length: 400 }, () => "*a".repeat(1999)).join("\n\n") + "\n";

describe("renderChecked", () => {
  it("should refuse what the pre-scan refuses without rendering it", () => {
    let called = false;
    const outcome = renderChecked("> ".repeat(500) + "x\n", (body) => {
      called = true;
      return renderMarkdown(body);
    });
    assert.equal(outcome.failure?.code, "markdown-too-deep");
    assert.equal(outcome.failure.line, 1);
    assert.equal(called, false);
  });

  it("should turn a stack overflow inside remark into markdown-too-deep, not a crash", () => {
    const outcome = renderChecked("text\n", () => {
      throw new RangeError("Maximum call stack size exceeded");
    });
    assert.equal(outcome.failure?.code, "markdown-too-deep");
    assert.equal(outcome.failure.line, undefined);
  });
});

describe("the time limit", () => {
  it("should stop a body past the limit as markdown-too-slow, naming its file, and render the others", async () => {
    const renderer = new BodyRenderer(undefined, { timeLimitMs: 300, poolSize: 1 });
    renderer.add("Before *it*.\n", { file: "/content/articles/before.md", line: 5 });
    renderer.add(SLOW, { file: "/content/articles/slow.md", line: 7 });
    renderer.add("After *it*.\n", { file: "/content/articles/after.md", line: 5 });
    const started = performance.now();
    const { renders, problems } = await renderer.finish();
    // Far below SLOW's own render time, yet far above a loaded machine's thread start and the limit.
    const took = performance.now() - started;
    assert.ok(took < 20_000, `stopped soon after the limit (took ${Math.round(took)} ms)`);
    assert.equal(renders[0] && bodyText(renders[0]).html, "<p>Before <em>it</em>.</p>");
    assert.equal(renders[1], undefined);
    assert.equal(renders[2] && bodyText(renders[2]).html, "<p>After <em>it</em>.</p>");
    assert.equal(problems.length, 1);
    const [problem] = problems;
    assert.equal(problem!.code, "markdown-too-slow");
    assert.equal(problem!.severity, "error");
    assert.equal(problem!.file, "/content/articles/slow.md");
    assert.match(problem!.message, /took longer than 300 ms to render/);
    assert.ok(problem!.hint);
  });

  it("should take the limit from DATELINE_RENDER_TIME_LIMIT_MS", () => {
    const saved = process.env.DATELINE_RENDER_TIME_LIMIT_MS;
    process.env.DATELINE_RENDER_TIME_LIMIT_MS = "1234";
    try {
      assert.equal(new RenderPool(1).timeLimitMs, 1234);
    } finally {
      if (saved === undefined) delete process.env.DATELINE_RENDER_TIME_LIMIT_MS;
      else process.env.DATELINE_RENDER_TIME_LIMIT_MS = saved;
    }
    assert.equal(new RenderPool(1).timeLimitMs, saved ? Number(saved) : 10_000);
  });

  it("should keep working after a thread is stopped: a new one renders what the old one held, and later bodies", async () => {
    const pool = new RenderPool({ size: 1, timeLimitMs: 300 });
    try {
      const bodies = ["One *a*.\n", SLOW, "Two *b*.\n", "Three *c*.\n"];
      const outcomes = bodies.map((body) => pool.render(body));
      pool.flush();
      const [one, slow, two, three] = await Promise.all(outcomes);
      assert.equal(slow!.failure?.code, "markdown-too-slow");
      assert.deepEqual([one, two, three].map((o) => o!.rendered?.html), ["<p>One <em>a</em>.</p>", "<p>Two <em>b</em>.</p>", "<p>Three <em>c</em>.</p>"]);
      assert.equal(pool.threadsStarted, 2, "one thread replaced");
      const later = pool.render("Later.\n");
      pool.flush();
      assert.equal((await later).rendered?.html, "<p>Later.</p>");
    } finally {
      await pool.close();
    }
  });

  it("should stop slow bodies in parallel threads, not one after another", async () => {
    const limit = 4000;
    const renderer = new BodyRenderer(undefined, { timeLimitMs: limit, poolSize: 2, poolThreshold: 0 });
    // Five times SLOW: remark needs far longer than the limit for each, however fast the machine.
    const slower = SLOW.repeat(5);
    for (let i = 0; i < 4; i++) renderer.add(slower + `\n${i}\n`, { file: `/content/articles/slow-${i}.md` });
    const started = performance.now();
    const { problems } = await renderer.finish();
    assert.equal(problems.length, 4);
    // One after another cannot take less than four time limits; two at a time take two, plus the
    // threads' starts, which a loaded machine may stretch by seconds: hence a limit long beside them.
    assert.ok(performance.now() - started < 4 * limit, `4 slow bodies in 2 threads took ${Math.round(performance.now() - started)} ms`);
  });

  it("should never cache a failure: the next run tries the body again", async () => {
    const dir = tempDir();
    const first = new BodyRenderer(new RenderCache(dir).load(), { timeLimitMs: 300, poolSize: 1 });
    first.add("Good.\n", { file: "/content/articles/good.md" });
    first.add(SLOW, { file: "/content/articles/slow.md" });
    first.add("> ".repeat(200) + "x\n", { file: "/content/articles/deep.md" });
    assert.equal((await first.finish()).problems.length, 2);
    const cache = new RenderCache(dir).load();
    assert.ok(cache.get(cache.keyOf("Good.\n")));
    assert.equal(cache.get(cache.keyOf(SLOW)), undefined);
    assert.equal(cache.get(cache.keyOf("> ".repeat(200) + "x\n")), undefined);
  });
});

describe("BodyRenderer with a pool started before it", () => {
  it("should render in the early thread, under the time limit, and stop that thread at finish", async () => {
    const pool = startRenderPool({ timeLimitMs: 300, poolSize: 1 });
    assert.equal(pool.size, 1, "one thread starts at once");
    const renderer = new BodyRenderer(undefined, { pool });
    renderer.add("Early *thread*.\n", { file: "/content/articles/early.md", line: 4 });
    renderer.add(SLOW, { file: "/content/articles/slow.md", line: 6 });
    renderer.flush();
    const { renders, problems } = await renderer.finish();
    assert.equal(renders[0] && bodyText(renders[0]).html, "<p>Early <em>thread</em>.</p>");
    assert.equal(renders[1], undefined);
    assert.deepEqual(problems.map((p) => [p.code, p.file]), [["markdown-too-slow", "/content/articles/slow.md"]]);
    await assert.rejects(pool.render("Later.\n"), /closed/);
  });

  it("should stop an early thread that was sent nothing (every body from the cache)", async () => {
    const dir = tempDir();
    await renderAll(["Cached *once*.\n"], new RenderCache(dir).load(), {});
    const pool = startRenderPool();
    const renderer = new BodyRenderer(new RenderCache(dir).load(), { pool });
    renderer.add("Cached *once*.\n", { file: "/content/articles/cached.md" });
    const { renders } = await renderer.finish();
    assert.equal(renders[0] && bodyText(renders[0]).html, "<p>Cached <em>once</em>.</p>");
    assert.equal(pool.size, 0);
    await assert.rejects(pool.render("Later.\n"), /closed/);
  });
});
