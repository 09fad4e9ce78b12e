import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type nunjucks from "nunjucks";
import type { EleventyConfig } from "../../src/eleventy/eleventy-types.ts";
import { nunjucksPlugin } from "../../src/eleventy/nunjucks-environment.ts";

/** Runs the plugin as a new Eleventy configuration would; returns the environment it set. */
function newBuild(): nunjucks.Environment {
  let environment: nunjucks.Environment | undefined;
  let precompiled: Record<string, unknown> = {};
  const config = {
    setLibrary: (_name: string, library: nunjucks.Environment) => (environment = library),
    setNunjucksPrecompiledTemplates: (templates: Record<string, unknown>) => (precompiled = templates),
  } as unknown as EleventyConfig;
  nunjucksPlugin(config);
  return environment!;
}

describe("nunjucksPlugin across builds", () => {
  it("should give every build the same environment, which Eleventy keeps for the life of the process anyway", () => {
    assert.equal(newBuild(), newBuild());
  });

  it("should read the layouts afresh for a new build", () => {
    const environment = newBuild();
    const first = environment.getTemplate("partials/breadcrumbs.njk");
    assert.equal(environment.getTemplate("partials/breadcrumbs.njk"), first, "compiled once within a build");
    newBuild();
    assert.notEqual(environment.getTemplate("partials/breadcrumbs.njk"), first);
  });

  it("should drop the tags the last build added, which hold that build's data", () => {
    const environment = newBuild();
    const tag = { tags: ["lastBuildTag"], parse: () => undefined };
    environment.addExtension("lastBuildTag", tag as unknown as nunjucks.Extension);
    newBuild();
    assert.equal(environment.hasExtension("lastBuildTag"), false);
    assert.throws(() => environment.renderString("{% lastBuildTag %}", {}), /unknown block tag/);
  });
});
