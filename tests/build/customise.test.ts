/** Making the site one's own without forking, built with the real build command: overrides, pages, and site.yaml's menu, footer, logo, image and accent. */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { buildSite, listFiles, readPage, runCli } from "../helpers/build-site.ts";
import { tempDir } from "../helpers/fixture.ts";
import { htmlErrors } from "../helpers/site-check.ts";
import { writeCustomSite, writeFile, type CustomSite } from "../helpers/custom-site.ts";

let site: CustomSite;
let output: string;

before(async () => {
  site = await writeCustomSite();
  const built = buildSite(site.content, { args: [`--layouts=${site.layouts}`] });
  assert.equal(built.status, 0, built.stderr);
  output = built.output;
});

describe("layout overrides", () => {
  it("should render lists with the override of partials/article-item.njk", () => {
    assert.match(readPage(output, "/"), /<li data-custom="item" class="article-item/);
  });

  it("should take the folder from DATELINE_LAYOUTS too", () => {
    const built = buildSite(site.content, { env: { DATELINE_LAYOUTS: site.layouts } });
    assert.equal(built.status, 0, built.stderr);
    assert.match(readPage(built.output, "/"), /data-custom="item"/);
  });

  it("should fail on a broken override, naming its file and line, and leave the last site as it was", () => {
    const broken = path.join(tempDir(), "broken");
    fs.cpSync(site.layouts, broken, { recursive: true });
    writeFile(broken, "partials/article-item.njk", "<li>\n{% if item %}\n{% endfo %}\n");
    const before = fs.readFileSync(path.join(output, "index.html"));
    const built = buildSite(site.content, { output, args: [`--layouts=${broken}`] });
    assert.notEqual(built.status, 0);
    assert.match(built.stderr, /broken\/partials\/article-item\.njk:3: unknown block tag: endfo/);
    assert.match(built.stderr, /last good build is unchanged/);
    assert.deepEqual(fs.readFileSync(path.join(output, "index.html")), before);
  });

  it("should fail on an include that exists nowhere, naming the file and line", () => {
    const broken = path.join(tempDir(), "missing");
    writeFile(broken, "base.njk", 'x\n{% include "partials/typo.njk" %}\n');
    const built = buildSite(site.content, { args: [`--layouts=${broken}`] });
    assert.notEqual(built.status, 0);
    assert.match(built.stderr, /missing\/base\.njk:2: uses "partials\/typo\.njk"/);
  });

  it("should refuse a layouts folder inside the content folder", () => {
    writeFile(site.content, "evil/base.njk", "{{ 7 * 7 }}");
    const built = buildSite(site.content, { args: [`--layouts=${path.join(site.content, "evil")}`] });
    fs.rmSync(path.join(site.content, "evil"), { recursive: true });
    assert.equal(built.status, 2);
    assert.match(built.stderr, /refusing a layouts folder inside the content folder/);
    assert.ok(!fs.existsSync(built.output));
  });

  it("should list the overrides in npm run check and warn about one that replaces nothing", () => {
    writeFile(site.layouts, "partials/artcle-item.njk", "");
    const checked = runCli("src/cli/check.ts", [`--input=${site.content}`, `--layouts=${site.layouts}`]);
    fs.rmSync(path.join(site.layouts, "partials/artcle-item.njk"));
    assert.equal(checked.status, 0, checked.stderr);
    assert.match(checked.stdout, /partials\/article-item\.njk replaces the built-in layouts\/partials\/article-item\.njk/);
    assert.match(checked.stdout, /warning: partials\/artcle-item\.njk matches no built-in layout/);
  });
});

describe("pages of the site's own", () => {
  it("should publish pages/about.md at /about/ and pages/press/contact.md at /press/contact/, drafts left out", () => {
    assert.match(readPage(output, "/about/"), /<h1 class="content-page__title">About us<\/h1>/);
    assert.match(readPage(output, "/press/contact/"), /press@example\.org/);
    assert.ok(!fs.existsSync(path.join(output, "draft")));
  });

  it("should sanitise a page's body as an article's", () => {
    const about = readPage(output, "/about/");
    assert.match(about, /<strong>small<\/strong>/);
    assert.doesNotMatch(about, /<script>alert|javascript:|onerror/);
  });

  it("should list pages in the sitemap and nowhere among articles", () => {
    const sitemap = readPage(output, "/sitemap.xml");
    assert.match(sitemap, /<loc>http:\/\/localhost:8080\/about\/<\/loc>/);
    assert.doesNotMatch(readPage(output, "/feed.xml"), /About us/);
    assert.doesNotMatch(readPage(output, "/"), /About us/);
  });

  it("should stop the build on a page whose URL the site makes, naming the file", () => {
    const clash = writeFile(site.content, "pages/search.md", "---\ntitle: Search\n---\nx\n");
    const built = buildSite(site.content);
    fs.rmSync(clash);
    assert.equal(built.status, 1);
    assert.match(built.stderr, /pages\/search\.md:1: .*the page's URL \/search\/ is the URL of a page the site makes/);
  });

  it("should stop the build on a page with an unknown field or a bad name", () => {
    const unknown = writeFile(site.content, "pages/team.md", "---\ntitle: Team\nlayout: x.njk\n---\nx\n");
    const badName = writeFile(site.content, "pages/Our Team.md", "---\ntitle: Team\n---\nx\n");
    const built = buildSite(site.content);
    fs.rmSync(unknown);
    fs.rmSync(badName);
    assert.equal(built.status, 1);
    assert.match(built.stderr, /pages\/team\.md:3: layout: is not a field a page may have/);
    assert.match(built.stderr, /Our Team\.md:1: .*is not lowercase ASCII/);
  });

  it("should build an archive with no articles and a page", () => {
    const content = tempDir();
    writeFile(content, "pages/about.md", "---\ntitle: About\n---\nSoon.\n");
    const built = buildSite(content, { args: ["--allow-empty"] });
    assert.equal(built.status, 0, built.stderr);
    assert.match(readPage(built.output, "/about/"), /Soon\./);
  });

  it("should scaffold a page with npm run new -- --page, never overwriting it", () => {
    const content = tempDir();
    const made = runCli("src/cli/new.ts", ["--page", "press/contact", `--input=${content}`]);
    assert.equal(made.status, 0, made.stderr);
    assert.match(made.stdout, /pages\/press\/contact\.md/);
    assert.match(fs.readFileSync(path.join(content, "pages/press/contact.md"), "utf8"), /^---\ntitle: "Contact"\n/);
    const again = runCli("src/cli/new.ts", ["--page", "press/contact", `--input=${content}`]);
    assert.equal(again.status, 1);
    assert.match(again.stderr, /already exists/);
    for (const name of ["people", "feeds", "articles/x", "search"]) {
      const refused = runCli("src/cli/new.ts", ["--page", name, `--input=${content}`]);
      assert.equal(refused.status, 1, `${name}: ${refused.stdout}`);
      assert.match(refused.stderr, /where the site makes its own pages/);
      assert.equal(fs.existsSync(path.join(content, "pages", `${name}.md`)), false);
    }
  });
});

describe("site.yaml: menu, footer, logo, image and accent", () => {
  it("should add the menu's items to every page's navigation, with the path prefix on site paths", () => {
    const prefixed = buildSite(site.content, { pathPrefix: "/news/" });
    assert.equal(prefixed.status, 0, prefixed.stderr);
    const home = readPage(prefixed.output, "/");
    assert.match(home, /<li><a href="\/news\/about\/">About<\/a><\/li>/);
    assert.match(home, /<li><a href="https:\/\/example\.social\/@news">Mastodon<\/a><\/li>/);
    assert.match(readPage(output, "/about/"), /<a href="\/about\/" aria-current="page">About<\/a>/);
  });

  it("should print the footer text escaped", () => {
    assert.match(readPage(output, "/people/"), /<p class="site-footer__text">© 2026 Example News &lt;tips@example\.org&gt;<\/p>/);
  });

  it("should show the logo with its size and publish it under a name made from its bytes", () => {
    const logo = /<img class="site-logo" src="(\/img\/site-[0-9a-f]{16}\.png)" alt="" width="240" height="80">/.exec(readPage(output, "/"));
    assert.ok(logo, "logo in the header");
    assert.ok(fs.existsSync(path.join(output, logo[1]!)));
  });

  it("should make the social image the og:image of pages without a photo", () => {
    const about = readPage(output, "/about/");
    assert.match(about, /<meta property="og:image" content="http:\/\/localhost:8080\/img\/site-[0-9a-f]{16}\.png">/);
    assert.match(about, /<meta property="og:image:width" content="1200">/);
  });

  it("should write the accent into /theme.css, linked from every page, and never inline", () => {
    assert.equal(
      fs.readFileSync(path.join(output, "theme.css"), "utf8").trim(),
      ":root{--accent:#1a5f7a;--accent-text:#1a5f7a}\n@media (prefers-color-scheme:dark){:root{--accent:#7cc4e0;--accent-text:#7cc4e0}}",
    );
    for (const file of listFiles(output).filter((name) => name.endsWith(".html"))) {
      const html = fs.readFileSync(path.join(output, file), "utf8");
      assert.doesNotMatch(html, /\sstyle=|<style/, file);
      if (!/http-equiv="refresh"/.test(html)) assert.match(html, /<link rel="stylesheet" href="\/theme\.css">/, file);
    }
  });

  it("should refuse an accent too faint for link text, with a hint", () => {
    const content = tempDir();
    writeFile(content, "_data/site.yaml", 'accent: "#aaaaaa"\n');
    const built = buildSite(content, { args: ["--allow-empty"] });
    assert.equal(built.status, 1);
    assert.match(built.stderr, /site\.yaml:1: accent: #aaaaaa has a contrast of [\d.]+:1 against the light scheme's backgrounds/);
    assert.match(built.stderr, /darker colour/);
  });

  it("should refuse an SVG logo", () => {
    const content = tempDir();
    writeFile(content, "_data/site.yaml", "logo: _data/logo.svg\n");
    writeFile(content, "_data/logo.svg", "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>");
    const built = buildSite(content, { args: ["--allow-empty"] });
    assert.equal(built.status, 1);
    assert.match(built.stderr, /logo: is an SVG file, which may hold scripts/);
  });

  it("should keep every page valid HTML", async () => {
    assert.deepEqual(await htmlErrors(output), []);
  });
});
