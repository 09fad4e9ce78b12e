/**
 * The live preview's open data, as `npm start` runs it (`openDataInBackground`):
 * the files are written after the update returns (the browser reloads first),
 * the next update waits for them, and once written they are byte for byte what
 * `npm run build` writes for the same content. The preview's other tests run
 * it with the files written inside the update (tests/build/preview-session.test.ts).
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { PreviewSession } from "../../src/preview/preview-session.ts";
import { PROJECT_ROOT } from "../../src/eleventy/paths.ts";
import { DATA_FILE_NAMES } from "../../src/open-data/schemas.ts";
import { articleText, tempDir, writeContent } from "../helpers/fixture.ts";
import { buildSite } from "../helpers/build-site.ts";

const NOW = "2026-06-01T12:00:00Z";
const FORUM = { title: "Forum in Baku", date: "2024-12-30", source: "AzerNews", people: ["Ann Lee"], places: ["Syria"] };

describe("the preview's open data, written in the background", () => {
  let content: string;
  let output: string;
  let session: PreviewSession;

  function dataFiles(site: string): Map<string, string> {
    const files = new Map<string, string>();
    for (const name of DATA_FILE_NAMES) for (const ext of ["json", "csv", "schema.json"]) files.set(`${name}.${ext}`, fs.readFileSync(path.join(site, "data", `${name}.${ext}`), "utf8"));
    return files;
  }

  function assertSameAsBuild(): void {
    const built = buildSite(content, { args: ["--future", `--now=${NOW}`] });
    assert.equal(built.status, 0, built.stderr);
    assert.deepEqual(dataFiles(output), dataFiles(built.output));
    assert.deepEqual(fs.readdirSync(path.join(output, "data")).filter((file) => file.endsWith(".partial")), []);
  }

  before(async () => {
    process.chdir(PROJECT_ROOT);
    content = writeContent([
      { path: "2024/12/forum.md", frontMatter: FORUM },
      { path: "2024/12/talks.md", frontMatter: { title: "Talks resume", date: "2024-12-29", source: "AzerNews", people: ["Bo Chen"] } },
    ]);
    output = path.join(tempDir("dateline-preview-open-data-"), "_site");
    const quiet = { info: () => undefined, warn: () => undefined, error: (message: string) => console.error(message) };
    session = new PreviewSession({ input: content, output, log: quiet, quiet: true, now: Date.parse(NOW), openDataInBackground: true });
    await session.start();
    await session.openDataWritten();
  });

  after(async () => {
    await session.close();
  });

  it("should write the files of the first build", () => {
    assertSameAsBuild();
  });

  it("should write a saved title into the files once the update's reload is out, and end as the last of several quick updates says", async () => {
    const forum = path.join(content, "articles/2024/12/forum.md");
    fs.writeFileSync(forum, articleText({ path: "", frontMatter: { ...FORUM, title: "Forum renamed" } }));
    const first = await session.update([forum]);
    assert.equal(first.kind, "fast");
    fs.writeFileSync(forum, articleText({ path: "", frontMatter: { ...FORUM, title: "Forum renamed again", people: ["Ann Lee", "Cy Diaz"] } }));
    const second = await session.update([forum]);
    assert.equal(second.kind, "partial");
    // Two more saves in place while the writings run: an update no longer waits for them.
    for (const title of ["Forum renamed a third time", "Forum renamed a fourth time"]) {
      fs.writeFileSync(forum, articleText({ path: "", frontMatter: { ...FORUM, title, people: ["Ann Lee", "Cy Diaz"] } }));
      assert.equal((await session.update([forum])).kind, "fast");
    }
    await session.openDataWritten();
    const articles = fs.readFileSync(path.join(output, "data/articles.json"), "utf8");
    assert.ok(articles.includes("Forum renamed a fourth time"));
    assert.ok(!articles.includes("Forum renamed a third time"));
    assert.ok(fs.readFileSync(path.join(output, "data/people.csv"), "utf8").includes("Cy Diaz"));
    assertSameAsBuild();
  });
});
