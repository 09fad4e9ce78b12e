import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { parseArticle } from "../../src/content/parse-article.ts";
import { buildSite, listFiles, readPage, runCli, type BuildResult } from "../helpers/build-site.ts";
import { PROJECT_CONTENT, tempDir } from "../helpers/fixture.ts";
import { parseHtml, textOf } from "../helpers/html.ts";

const NEW = "src/cli/new.ts";
const TITLE = "Baku hosts regional transport forum";
const FLAGS = [`--title=${TITLE}`, "--date=2025-06-03", "--source=AzerNews", "--people=Ilham Aliyev, Yalchin Rafiyev", "--places=Azerbaijan, Georgia"];

/** A fresh copy of the project's content folder, as in a clean clone. */
function contentCopy(): string {
  const dir = path.join(tempDir(), "content");
  fs.cpSync(PROJECT_CONTENT, dir, { recursive: true });
  return dir;
}

/** Runs `new` on a content folder with stdin a pipe (no terminal attached). */
function runNew(content: string, flags: string[], env: NodeJS.ProcessEnv = {}) {
  return runCli(NEW, [...flags, `--input=${content}`], env, "");
}

function articleLinks(html: string): string[] {
  return parseHtml(html)
    .all("a")
    .map((a) => textOf(a).trim());
}

describe("npm run new", () => {
  describe("the issue's example, in a copy of the project's content", () => {
    let content: string;
    let created: ReturnType<typeof runNew>;
    let file: string;
    let site: BuildResult;

    before(() => {
      content = contentCopy();
      created = runNew(content, FLAGS);
      file = created.stdout.trim();
      site = buildSite(content);
    });

    it("should write one article under articles/YYYY/MM and print its path", () => {
      assert.equal(created.status, 0, created.stderr);
      assert.equal(file, path.join(content, "articles/2025/06/baku-hosts-regional-transport-forum.md"));
      assert.deepEqual(
        listFiles(path.join(content, "articles")),
        ["2024/12/azerbaijani-delegation-visits-damascus.md", "2025/06/baku-hosts-regional-transport-forum.md"],
      );
    });

    it("should write complete, valid front matter and a body placeholder", () => {
      const parsed = parseArticle(file, fs.readFileSync(file, "utf8"));
      assert.deepEqual(parsed.problems, []);
      const fm = parsed.article!.frontMatter;
      assert.deepEqual(
        { title: fm.title, date: fm.date.written, source: fm.source, people: fm.people, places: fm.places, draft: fm.draft },
        { title: TITLE, date: "2025-06-03", source: "AzerNews", people: ["Ilham Aliyev", "Yalchin Rafiyev"], places: ["Azerbaijan", "Georgia"], draft: false },
      );
      assert.match(parsed.article!.body, /Write the article here/);
    });

    it("should leave content that npm run check passes, reminding the editor to write the text", () => {
      const check = runCli("src/cli/check.ts", [`--input=${content}`]);
      assert.equal(check.status, 0, check.stderr);
      assert.match(check.stdout, /2 articles checked: 0 errors, 1 warning\./);
      assert.ok(check.stdout.includes(`${file}:12: warning: the article's text is still the placeholder written by npm run new`), check.stdout);
    });

    it("should be published by the next build, on Georgia's page and on Ilham Aliyev's page", () => {
      assert.equal(site.status, 0, site.stderr);
      const url = "/articles/2025/06/baku-hosts-regional-transport-forum/";
      assert.match(readPage(site.output, url), /<h1[^>]*>Baku hosts regional transport forum<\/h1>/);
      assert.ok(articleLinks(readPage(site.output, "/countries/georgia/")).includes(TITLE));
      assert.ok(articleLinks(readPage(site.output, "/people/ilham-aliyev/")).includes(TITLE));
      assert.ok(articleLinks(readPage(site.output, "/")).includes(TITLE));
    });

    it("should never overwrite an existing article but write a new slug", () => {
      const before = fs.readFileSync(file, "utf8");
      fs.writeFileSync(file, `${before}Edited by an editor.\n`);
      const again = runNew(content, FLAGS);
      assert.equal(again.status, 0, again.stderr);
      assert.equal(again.stdout.trim(), path.join(content, "articles/2025/06/baku-hosts-regional-transport-forum-2.md"));
      assert.equal(fs.readFileSync(file, "utf8"), `${before}Edited by an editor.\n`);
    });
  });

  it("should replace a known alias by the canonical name and say so", () => {
    const content = contentCopy();
    const result = runNew(content, [...FLAGS.slice(0, 3), "--people=İlham Əliyev, Yalchin Rafiev", "--places=Turkey, Halab"]);
    assert.equal(result.status, 0, result.stderr);
    const fm = parseArticle(result.stdout.trim(), fs.readFileSync(result.stdout.trim(), "utf8")).article!.frontMatter;
    assert.deepEqual(fm.people, ["Ilham Aliyev", "Yalchin Rafiyev"]);
    assert.deepEqual(fm.places, ["Türkiye", "Aleppo"]);
    assert.match(result.stderr, /people: wrote "Yalchin Rafiyev" for "Yalchin Rafiev" \(an alias of "Yalchin Rafiyev" in people\.yaml\)/);
    assert.match(result.stderr, /places: wrote "Aleppo" for "Halab"/);
  });

  it("should report a near miss as \"did you mean\" and keep the name as typed", () => {
    const content = contentCopy();
    const result = runNew(content, [...FLAGS.slice(0, 3), "--people=Ilham Aliev", "--places=Gorgia"]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /people: "Ilham Aliev" is new to the archive; did you mean "Ilham Aliyev"\?/);
    assert.match(result.stderr, /places: "Gorgia" is not a country, a capital or a place in places\.yaml; did you mean "Georgia"\?/);
    const fm = parseArticle(result.stdout.trim(), fs.readFileSync(result.stdout.trim(), "utf8")).article!.frontMatter;
    assert.deepEqual([fm.people, fm.places], [["Ilham Aliev"], ["Gorgia"]]);
  });

  it("should refuse a missing flag when no terminal is attached, and write nothing", () => {
    const content = contentCopy();
    const result = runNew(content, FLAGS.filter((flag) => !flag.startsWith("--places") && !flag.startsWith("--source")));
    assert.equal(result.status, 1);
    assert.match(result.stderr, /^dateline new: missing --source, --places$/m);
    assert.match(result.stderr, /hint: give them as flags/);
    assert.equal(result.stdout, "");
    assert.deepEqual(listFiles(path.join(content, "articles")), ["2024/12/azerbaijani-delegation-visits-damascus.md"]);
  });

  it("should refuse invalid values with the field and a hint, and write nothing", () => {
    const content = contentCopy();
    const result = runNew(content, [...FLAGS.filter((f) => !f.startsWith("--date")), "--date=2025-02-30", "--url=javascript:alert(1)"]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /--date: "2025-02-30" is not a real calendar day\n    hint: /);
    assert.match(result.stderr, /--url: must be an http:\/\/ or https:\/\/ address\n    hint: /);
    assert.deepEqual(listFiles(path.join(content, "articles")), ["2024/12/azerbaijani-delegation-visits-damascus.md"]);
  });

  it("should date the article today on the editor's local calendar when --date is left out", () => {
    const content = contentCopy();
    // UTC+14: for ten hours a day its calendar day differs from UTC's.
    const zone = "Pacific/Kiritimati";
    const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: zone }).format(new Date());
    const before = today();
    const result = runNew(content, FLAGS.filter((f) => !f.startsWith("--date")), { TZ: zone });
    const after = today();
    assert.equal(result.status, 0, result.stderr);
    const date = parseArticle(result.stdout.trim(), fs.readFileSync(result.stdout.trim(), "utf8")).article!.frontMatter.date.written;
    assert.ok(date === before || date === after, `${date} is not ${before} in ${zone}`);
    assert.ok(result.stdout.trim().includes(`/articles/${date.slice(0, 4)}/${date.slice(5, 7)}/`));
  });
});
