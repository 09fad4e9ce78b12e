import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { PAGE_KINDS, pageTemplate } from "../../src/eleventy/pages.ts";
import { runNunjucksPlugin } from "../helpers/nunjucks-plugin.ts";

/** Reading layouts afresh per build: nunjucks-environment-reuse.test.ts (a process of its own: the environment lives as long as the process). */
const setUp = runNunjucksPlugin;

describe("nunjucksPlugin", () => {
  it("should serve each page kind's template by its text, compiled once, as Eleventy's precompiled mode asks for it", () => {
    const { environment, precompiled } = setUp();
    assert.deepEqual(Object.keys(precompiled).sort(), PAGE_KINDS.map(pageTemplate).sort());
    for (const kind of PAGE_KINDS) {
      const template = environment.getTemplate(pageTemplate(kind), true);
      assert.equal(environment.getTemplate(pageTemplate(kind), true), template, kind.name);
    }
    assert.equal((environment.getTemplate(pageTemplate(PAGE_KINDS[0]!)) as unknown as { path: string }).path, `dateline-${PAGE_KINDS[0]!.name}.njk`);
    assert.throws(() => environment.getTemplate("pages/no-such-layout.njk"), /template not found/);
    // No other template text is served: Eleventy renders only Dateline's page kinds (it never reads the content folder).
    assert.throws(() => environment.getTemplate("<p>{{ 1 + 1 }}</p>", true), /template not found/);
  });

  it("should escape what layouts print", () => {
    const { environment } = setUp();
    assert.equal(environment.renderString("{{ x }}", { x: "<script>" }), "&lt;script&gt;");
  });
});
