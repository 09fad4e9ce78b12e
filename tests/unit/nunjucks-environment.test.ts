import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type nunjucks from "nunjucks";
import type { EleventyConfig } from "../../src/eleventy/eleventy-types.ts";
import { nunjucksPlugin } from "../../src/eleventy/nunjucks-environment.ts";
import { PAGE_KINDS, pageTemplate } from "../../src/eleventy/pages.ts";

/** Runs the plugin against a stand-in config; returns the environment and the precompiled templates it named. (Reading layouts afresh per build: nunjucks-environment-reuse.test.ts.) */
function setUp() {
  let environment: nunjucks.Environment | undefined;
  let precompiled: Record<string, unknown> = {};
  const config = {
    setLibrary: (_name: string, library: nunjucks.Environment) => (environment = library),
    setNunjucksPrecompiledTemplates: (templates: Record<string, unknown>) => (precompiled = templates),
  } as unknown as EleventyConfig;
  nunjucksPlugin(config);
  return { environment: environment!, precompiled };
}

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
