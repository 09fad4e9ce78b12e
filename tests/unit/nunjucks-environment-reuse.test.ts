import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type nunjucks from "nunjucks";
import { runNunjucksPlugin } from "../helpers/nunjucks-plugin.ts";

/** A new build's environment, as Eleventy would get it. */
const newBuild = () => runNunjucksPlugin().environment;

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
