import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type nunjucks from "nunjucks";
import type { EleventyConfig } from "../../src/site/eleventy-types.ts";
import { nunjucksPlugin } from "../../src/site/nunjucks-environment.ts";

/** Runs the plugin against a stand-in config; returns the environment and the beforeWatch handler it registered. */
function setUp() {
  let environment: nunjucks.Environment | undefined;
  const handlers = new Map<string, (changed: string[]) => void>();
  const config = {
    setLibrary: (_name: string, library: nunjucks.Environment) => (environment = library),
    addWatchTarget: () => undefined,
    on: (event: string, handler: (changed: string[]) => void) => handlers.set(event, handler),
  } as unknown as EleventyConfig;
  nunjucksPlugin(config);
  return { environment: environment!, beforeWatch: handlers.get("eleventy.beforeWatch")! };
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

  it("should escape what layouts print", () => {
    const { environment } = setUp();
    assert.equal(environment.renderString("{{ x }}", { x: "<script>" }), "&lt;script&gt;");
  });
});
