/**
 * The live preview on a generated archive of 2,000 articles: an edit to one
 * article shows in well under a second (the bound here is generous, so that a
 * busy machine cannot fail it), and leaves the served folder byte-identical to
 * a full build of the same content; so do saves that move articles between
 * lists, which render only the pages whose data changed.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { PreviewSession } from "../../src/preview/preview-session.ts";
import { SearchUpdates } from "../../src/preview/search-updates.ts";
import { PROJECT_ROOT } from "../../src/eleventy/paths.ts";
import { buildSite } from "../helpers/build-site.ts";
import { writeCorpus, type GeneratedCorpus } from "../helpers/corpus.ts";
import { tempDir } from "../helpers/fixture.ts";
import { assertSameFiles } from "../helpers/same-files.ts";

const ARTICLES = 2_000;
/** What the fast path may take on a loaded shared machine; it takes about 50 ms on an idle one. */
const BOUND_MS = 3_000;

describe("PreviewSession on 2,000 articles", () => {
  let corpus: GeneratedCorpus;
  let output: string;
  let session: PreviewSession;
  const quiet = { info: () => undefined, warn: () => undefined, error: (message: string) => console.error(message) };

  before(async () => {
    process.chdir(PROJECT_ROOT);
    corpus = writeCorpus(ARTICLES);
    output = path.join(tempDir("dateline-preview-scale-"), "_site");
    session = new PreviewSession({ input: corpus.contentDir, output, quiet: true, log: quiet, now: Date.now() });
    await session.start();
  });

  it(`should apply an edit to one article's body and title in under ${BOUND_MS / 1000} s, and match a full build byte for byte`, async (t) => {
    // The article with the most pages to update: the one most other articles link to.
    const archive = session.archive!;
    const linked = new Map<string, number>();
    for (const view of archive.articles) {
      for (const link of [view.prev, view.next, ...(view.related ?? [])]) if (link) linked.set(link.url, (linked.get(link.url) ?? 0) + 1);
    }
    const target = archive.articles.reduce((best, view) => ((linked.get(view.url) ?? 0) > (linked.get(best.url) ?? 0) ? view : best));
    const file = path.join(corpus.contentDir, target.id);
    const text = fs.readFileSync(file, "utf8");
    const edited = text.replace(/^title: .*$/m, `title: ${JSON.stringify(`${target.title} (updated)`)}`).replace(/\n---\n/, "\n---\nA new first paragraph, written while previewing.\n\n");
    fs.writeFileSync(file, edited);

    const update = await session.update([file]);

    assert.equal(update.kind, "fast");
    assert.ok(update.milliseconds < BOUND_MS, `the edit took ${Math.round(update.milliseconds)} ms`);
    assert.ok(update.rendered > 10, `only ${update.rendered} pages rendered`);
    t.diagnostic(`fast path: ${update.rendered} pages rendered, ${update.pages.length} changed, in ${Math.round(update.milliseconds)} ms`);
    const search = new SearchUpdates(output, 0, quiet.error);
    search.request(session.archive!);
    await search.idle();
    const built = buildSite(corpus.contentDir);
    assert.equal(built.status, 0, built.stderr);
    const compared = assertSameFiles(built.output, output, `the preview of ${ARTICLES} articles after an edit`);
    assert.ok(compared > ARTICLES, `only ${compared} files compared`);
  });

  it("should render only the changed pages when saves move articles between lists, and match a full build byte for byte", async (t) => {
    const archive = session.archive!;
    // An article in the middle of a long list, given another person and moved to another month;
    // another one deleted; a new one added at the end of its lists (oldest), which changes counts on every page.
    const moved = archive.articles[Math.floor(archive.articles.length / 3)]!;
    const movedFile = path.join(corpus.contentDir, moved.id);
    const text = fs.readFileSync(movedFile, "utf8");
    fs.writeFileSync(movedFile, text.replace(/\ndate: [^\n]*\n/, "\ndate: 2022-02-14\n").replace(/\n---\n/, "\npeople: [Someone New]\n---\n").replace(/\npeople:\n(  - [^\n]*\n)+/, "\n"));
    const deleted = path.join(corpus.contentDir, archive.articles[10]!.id);
    fs.rmSync(deleted);
    const added = path.join(corpus.contentDir, "articles/2021/12/oldest-of-all.md");
    fs.mkdirSync(path.dirname(added), { recursive: true });
    fs.writeFileSync(added, `---\ntitle: Oldest of all\ndate: 2021-12-01\nsource: ${JSON.stringify(archive.sources[0]!.name)}\nplaces: [Syria]\n---\nThe first article.\n`);

    const updates = [await session.update([movedFile]), await session.update([deleted, added])];
    for (const update of updates) {
      assert.equal(update.kind, "partial");
      t.diagnostic(`partial: ${update.rendered} pages rendered, ${update.pages.length} changed, ${update.removed.length} removed, in ${Math.round(update.milliseconds)} ms`);
    }
    const search = new SearchUpdates(output, 0, quiet.error);
    search.request(session.archive!);
    await search.idle();
    const built = buildSite(corpus.contentDir);
    assert.equal(built.status, 0, built.stderr);
    assertSameFiles(built.output, output, "the preview of 2,000 articles after saves that move articles");
  });
});
