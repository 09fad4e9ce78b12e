import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { buildAtomically, OutputRefusedError } from "../../src/cli/atomic-output.ts";
import { inputProblem } from "../../src/cli/input-guard.ts";
import { foreignOutputReason, SITE_MARKER, SITE_MARKER_TEXT, unsafeOutputReason } from "../../src/cli/output-guard.ts";
import { tempDir } from "../helpers/fixture.ts";

function folderWith(files: Record<string, string>, dirs: string[] = []): string {
  const dir = path.join(tempDir(), "_site");
  fs.mkdirSync(dir);
  for (const sub of dirs) fs.mkdirSync(path.join(dir, sub), { recursive: true });
  for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, file), text);
  return dir;
}

/** The root of a site built before the marker existed. */
const UNMARKED_SITE = { "index.html": "home", "feed.xml": "<feed/>", "sitemap.xml": "<urlset/>", "404.html": "", "styles.css": "" };
const UNMARKED_DIRS = ["pagefind", "people", "countries"];

describe("foreignOutputReason", () => {
  it("should let a missing folder, an empty folder and a marked site be replaced", () => {
    assert.equal(foreignOutputReason(path.join(tempDir(), "nowhere")), undefined);
    assert.equal(foreignOutputReason(folderWith({})), undefined);
    assert.equal(foreignOutputReason(folderWith({ [SITE_MARKER]: SITE_MARKER_TEXT, "anything.txt": "" })), undefined);
  });

  it("should refuse a folder with other files, naming them", () => {
    assert.match(foreignOutputReason(folderWith({ "thesis.txt": "years of work" })) ?? "", /holds files Dateline did not write \(thesis\.txt\)/);
  });

  it("should not take a marker someone else wrote, or a broken one, for Dateline's", () => {
    assert.ok(foreignOutputReason(folderWith({ [SITE_MARKER]: '{"generator":"other"}', "a.txt": "" })));
    assert.ok(foreignOutputReason(folderWith({ [SITE_MARKER]: "not json", "a.txt": "" })));
  });

  it("should take an unmarked site with Dateline's root (a site the previous version built) as Dateline's", () => {
    assert.equal(foreignOutputReason(folderWith(UNMARKED_SITE, UNMARKED_DIRS)), undefined);
  });

  it("should refuse an unmarked site with anything else at its root, naming what", () => {
    assert.match(foreignOutputReason(folderWith({ ...UNMARKED_SITE, "notes.md": "" }, UNMARKED_DIRS)) ?? "", /\(notes\.md\)/);
    assert.ok(foreignOutputReason(folderWith({ "index.html": "", "feed.xml": "" }, ["pagefind"])), "without a sitemap it is not a Dateline site");
  });

  it("should refuse a file and a symbolic link", () => {
    const parent = tempDir();
    fs.writeFileSync(path.join(parent, "file"), "");
    fs.mkdirSync(path.join(parent, "real"));
    fs.symlinkSync(path.join(parent, "real"), path.join(parent, "link"));
    assert.match(foreignOutputReason(path.join(parent, "file")) ?? "", /is a file/);
    assert.match(foreignOutputReason(path.join(parent, "link")) ?? "", /symbolic link/);
  });
});

describe("buildAtomically and a folder that is not a Dateline site", () => {
  it("should refuse before building, leaving the folder as it was", async () => {
    const output = folderWith({ "thesis.txt": "years of work" });
    let built = false;
    await assert.rejects(
      buildAtomically(output, async () => {
        built = true;
      }),
      (error: unknown) => error instanceof OutputRefusedError && /--force/.test(error.message),
    );
    assert.equal(built, false);
    assert.deepEqual(fs.readdirSync(output), ["thesis.txt"]);
    assert.deepEqual(fs.readdirSync(path.dirname(output)), ["_site"]);
  });

  it("should replace it with force", async () => {
    const output = folderWith({ "thesis.txt": "years of work" });
    await buildAtomically(output, async (temp) => fs.writeFileSync(path.join(temp, "index.html"), "new"), {
      force: true,
      removeInBackground: (dir) => fs.rmSync(dir, { recursive: true, force: true }),
    });
    assert.deepEqual(fs.readdirSync(output).sort(), [SITE_MARKER, "index.html"]);
  });

  it("should refuse at the swap a folder that was given other files while the site was built", async () => {
    const output = folderWith({});
    await assert.rejects(
      buildAtomically(output, async () => fs.writeFileSync(path.join(output, "thesis.txt"), "saved meanwhile")),
      OutputRefusedError,
    );
    assert.deepEqual(fs.readdirSync(output), ["thesis.txt"]);
    assert.deepEqual(fs.readdirSync(path.dirname(output)), ["_site"]);
  });
});

describe("inputProblem", () => {
  it("should accept a folder with articles/, even an empty one", () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, "articles"));
    assert.equal(inputProblem(dir), undefined);
  });

  it("should name a missing folder and --allow-empty, with or without it", () => {
    const missing = path.join(tempDir(), "nowhere");
    for (const allowEmpty of [false, true]) {
      const problem = inputProblem(missing, { allowEmpty }) ?? "";
      assert.match(problem, /there is no content folder at .*nowhere \(it does not exist\)/);
      assert.match(problem, /--allow-empty/);
    }
  });

  it("should name a folder without articles/ and --allow-empty, and accept it with --allow-empty", () => {
    const dir = tempDir();
    assert.match(inputProblem(dir) ?? "", new RegExp(`${dir.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} has no articles/ folder.*--allow-empty`));
    assert.equal(inputProblem(dir, { allowEmpty: true }), undefined);
  });
});

describe("unsafeOutputReason", () => {
  it("should refuse an output that holds the content folder, even under a name that starts with two dots", () => {
    const dir = tempDir("dateline-guard-");
    const project = path.join(dir, "project");
    assert.match(unsafeOutputReason(dir, path.join(dir, "..drafts/content"), project) ?? "", /contains, the content folder/);
    assert.match(unsafeOutputReason(path.join(dir, "..drafts"), path.join(dir, "..drafts/content"), project) ?? "", /content folder/);
    assert.equal(unsafeOutputReason(path.join(dir, "_site"), path.join(dir, "..drafts/content"), project), undefined);
  });

  it("should see through a symbolic link to the folder it leads to", () => {
    const dir = tempDir("dateline-guard-");
    fs.mkdirSync(path.join(dir, "real/content"), { recursive: true });
    fs.symlinkSync(path.join(dir, "real"), path.join(dir, "link"));
    assert.match(unsafeOutputReason(path.join(dir, "link"), path.join(dir, "real/content"), path.join(dir, "project")) ?? "", /content folder/);
  });
});
