import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { EleventyConfig } from "../../src/eleventy/eleventy-types.ts";
import { memoisedUrlFilterPlugin } from "../../src/eleventy/url-filter.ts";

/** A stand-in for Eleventy's configuration holding one `url` filter that prefixes `/news` and counts its calls. */
function configWithUrlFilter() {
  const filters = new Map<string, (...args: never[]) => unknown>();
  const calls: unknown[][] = [];
  filters.set("url", ((url: unknown, override?: unknown) => {
    calls.push([url, override]);
    if (typeof url !== "string") return "";
    return url.startsWith("/") ? `${typeof override === "string" ? override : "/news"}${url}` : url;
  }) as (...args: never[]) => unknown);
  const config = {
    getFilter: (name: string) => filters.get(name),
    addFilter: (name: string, filter: (...args: never[]) => unknown) => filters.set(name, filter),
  } as unknown as EleventyConfig;
  const url = () => filters.get("url") as unknown as (url: unknown, override?: unknown) => string;
  return { config, calls, url };
}

describe("memoisedUrlFilterPlugin", () => {
  it("should return what Eleventy's filter returns", () => {
    const { config, url } = configWithUrlFilter();
    const original = url();
    memoisedUrlFilterPlugin(config);
    for (const value of ["/", "/people/x/", "https://example.org/", "relative/", "", undefined]) {
      assert.equal(url()(value), original(value), String(value));
    }
  });

  it("should ask Eleventy's filter once per distinct value", () => {
    const { config, calls, url } = configWithUrlFilter();
    memoisedUrlFilterPlugin(config);
    for (let i = 0; i < 5; i++) {
      url()("/people/x/");
      url()("/countries/syria/");
    }
    assert.deepEqual(calls, [["/people/x/", undefined], ["/countries/syria/", undefined]]);
  });

  it("should not remember values given with an explicit path prefix", () => {
    const { config, calls, url } = configWithUrlFilter();
    memoisedUrlFilterPlugin(config);
    assert.equal(url()("/a/", "/other"), "/other/a/");
    assert.equal(url()("/a/"), "/news/a/");
    assert.equal(url()("/a/", "/other"), "/other/a/");
    assert.equal(calls.length, 3);
  });
});
