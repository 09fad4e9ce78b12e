import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { before, describe, it } from "node:test";
import { buildSite, listFiles, type BuildResult } from "../helpers/build-site.ts";
import { tempDir, writeContent, type FixtureArticle } from "../helpers/fixture.ts";

/** Enough articles for the cold build to render in worker threads (more than POOL_THRESHOLD). */
const ARTICLES = 60;
const PEOPLE = ["Orla Venn", "Tamsin Brekke", "Idris Callow", "Mira Osk"];
const PLACES = ["Syria", "Azerbaijan", "Turkiye", "Damascus", "Port Velmora"];

function article(i: number): FixtureArticle {
  const day = String((i % 28) + 1).padStart(2, "0");
  return {
    path: `2024/${i % 2 === 0 ? "11" : "12"}/report-${i}.md`,
    frontMatter: {
      title: `Report ${i}: talks continue`,
      date: `2024-${i % 2 === 0 ? "11" : "12"}-${day}`,
      source: i % 3 === 0 ? "The Harrowgate Courier" : "Velmora Daily",
      people: [PEOPLE[i % PEOPLE.length], PEOPLE[(i + 1) % PEOPLE.length]],
      places: [PLACES[i % PLACES.length]],
    },
    body: [
      `Talks on *trade* continued for the ${i}th day, officials [said](https://example.org/${i}).`,
      "## Background",
      "- Water rights\n- Rail link\n- **Harvest** figures",
      `> We will meet again, ${PEOPLE[i % PEOPLE.length]} said.`,
      'Raw <script>alert("no")</script> HTML is dropped.',
    ].join("\n\n"),
  };
}

describe("render cache and pool in a real build", () => {
  const env = { DATELINE_CACHE_DIR: tempDir("dateline-cache-"), DATELINE_TIMINGS: "1", DATELINE_RENDER_THREADS: "2" };
  let input: string;
  let cold: BuildResult;
  let warm: BuildResult;

  before(() => {
    input = writeContent(Array.from({ length: ARTICLES }, (_, i) => article(i)));
    cold = buildSite(input, { env });
    warm = buildSite(input, { env });
    assert.equal(cold.status, 0, cold.stderr);
    assert.equal(warm.status, 0, warm.stderr);
  });

  it("should render every body in worker threads when the cache is empty", () => {
    assert.match(cold.stdout, new RegExp(`markdown: ${ARTICLES} bodies, 0 from cache, ${ARTICLES} rendered`));
  });

  it("should take every body from the cache on the next build", () => {
    // No thread is started when nothing is left to render.
    assert.match(warm.stdout, new RegExp(`markdown: ${ARTICLES} bodies, ${ARTICLES} from cache, 0 rendered$`, "m"));
  });

  it("should write the same files, byte for byte, from the cache as from remark", () => {
    const files = listFiles(cold.output);
    assert.ok(files.length > ARTICLES, `only ${files.length} files`);
    assert.deepEqual(listFiles(warm.output), files);
    for (const file of files) {
      assert.ok(fs.readFileSync(path.join(warm.output, file)).equals(fs.readFileSync(path.join(cold.output, file))), `${file} differs`);
    }
  });

  it("should rebuild over the last site and leave nothing of it behind", async () => {
    const again = buildSite(input, { env, output: cold.output });
    assert.equal(again.status, 0, again.stderr);
    assert.deepEqual(listFiles(cold.output), listFiles(warm.output));
    const parent = path.dirname(cold.output);
    const leftovers = () => fs.readdirSync(parent).filter((name) => name.includes(".building-"));
    for (let i = 0; i < 100 && leftovers().length > 0; i++) await sleep(100);
    assert.deepEqual(leftovers(), []);
  });
});
