import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type nunjucks from "nunjucks";
import type { EleventyConfig } from "../../src/site/eleventy-types.ts";
import { nunjucksPlugin } from "../../src/site/nunjucks-environment.ts";
import { PAGE_KINDS, pageTemplate } from "../../src/site/pages.ts";

/** Runs the plugin against a stand-in config; returns the environment and the beforeWatch handler it registered. */
function setUp() {
  let environment: nunjucks.Environment | undefined;
  let precompiled: Record<string, unknown> = {};
  const handlers = new Map<string, (changed: string[]) => void>();
  const config = {
    setLibrary: (_name: string, library: nunjucks.Environment) => (environment = library),
    setNunjucksPrecompiledTemplates: (templates: Record<string, unknown>) => (precompiled = templates),
    addWatchTarget: () => undefined,
    on: (event: string, handler: (changed: string[]) => void) => handlers.set(event, handler),
  } as unknown as EleventyConfig;
  nunjucksPlugin(config);
  return { environment: environment!, beforeWatch: handlers.get("eleventy.beforeWatch")!, precompiled };
}

describe("nunjucksPlugin", () => {
  it("should compile each layout once while nothing changes", () => {
    const { environment, beforeWatch } = setUp();
    const first = environment.getTemplate("partials/breadcrumbs.njk");
    beforeWatch(["./content/articles/2024/12/visit.md"]);
    assert.equal(environment.getTemplate("partials/breadcrumbs.njk"), first);
  });

  it("should read layouts again after one of them changed", () => {
    const { environment, beforeWatch } = setUp();
    const first = environment.getTemplate("partials/breadcrumbs.njk");
    beforeWatch(["./layouts/partials/breadcrumbs.njk"]);
    assert.notEqual(environment.getTemplate("partials/breadcrumbs.njk"), first);
  });

  it("should serve each page kind's template by its text, compiled once, as Eleventy's precompiled mode asks for it", () => {
    const { environment, precompiled } = setUp();
    assert.deepEqual(Object.keys(precompiled).sort(), PAGE_KINDS.map(pageTemplate).sort());
    for (const kind of PAGE_KINDS) {
      const template = environment.getTemplate(pageTemplate(kind), true);
      assert.equal(environment.getTemplate(pageTemplate(kind), true), template, kind.name);
    }
    assert.equal((environment.getTemplate(pageTemplate(PAGE_KINDS[0]!)) as unknown as { path: string }).path, `dateline-${PAGE_KINDS[0]!.name}.njk`);
    assert.throws(() => environment.getTemplate("pages/no-such-layout.njk"), /template not found/);
    // Other template text Eleventy compiles (an .njk page in the content folder) still renders, compiled each time.
    assert.equal(environment.getTemplate("<p>{{ 1 + 1 }}</p>", true).render({}), "<p>2</p>");
    assert.notEqual(environment.getTemplate("<p>{{ 1 + 1 }}</p>", true), environment.getTemplate("<p>{{ 1 + 1 }}</p>", true));
  });

  it("should escape what layouts print", () => {
    const { environment } = setUp();
    assert.equal(environment.renderString("{{ x }}", { x: "<script>" }), "&lt;script&gt;");
  });
});
