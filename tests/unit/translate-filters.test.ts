import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import nunjucks from "nunjucks";
import type { EleventyConfig } from "../../src/eleventy/eleventy-types.ts";
import { LAYOUTS_DIR } from "../../src/eleventy/paths.ts";
import { searchStrings } from "../../src/eleventy/search-strings.ts";
import { translateFiltersPlugin } from "../../src/eleventy/translate-filters.ts";
import { ENGLISH_STRINGS, resolveInterfaceStrings, type InterfaceStrings } from "../../src/i18n/interface-strings.ts";

function render(template: string, strings: InterfaceStrings, data: Record<string, unknown> = {}): string {
  const environment = new nunjucks.Environment(undefined, { autoescape: true });
  translateFiltersPlugin({ addFilter: (name: string, filter: (...args: never[]) => unknown) => environment.addFilter(name, filter) } as unknown as EleventyConfig);
  return environment.renderString(template, { dateline: { strings }, ...data });
}

describe("the t and tHtml filters", () => {
  it("should print a key's text in the site's language, with counts and placeholders, escaped", () => {
    const ar = resolveInterfaceStrings("ar");
    assert.equal(render('{{ "nav.people" | t }}', ar), "الأشخاص");
    assert.equal(render('{{ "count.articles" | t({count: n}) }}', ar, { n: 2 }), "مقالان");
    assert.equal(render('{{ "person.description" | t({name: who}) }}', ENGLISH_STRINGS, { who: "<b>Ilham</b>" }), "Articles mentioning &lt;b&gt;Ilham&lt;/b&gt;.");
  });

  it("should escape an override's markup: strings are plain text", () => {
    const strings = resolveInterfaceStrings("en", { "nav.people": '<script>alert("x")</script>' });
    assert.equal(render('{{ "nav.people" | t }}', strings), "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    assert.equal(render('{{ "article.updated" | tHtml({date: d | safe}) }}', resolveInterfaceStrings("en", { "article.updated": "<i>New</i> {date}" }), { d: "<time>x</time>" }), "&lt;i&gt;New&lt;/i&gt; <time>x</time>");
  });

  it("should insert the layout's safe markup as it is and escape every other value", () => {
    const template = '{% set t1 %}<time datetime="2024-12-30">30 décembre 2024</time>{% endset %}{{ "article.updated" | tHtml({date: t1 | safe}) }} {{ "article.readOriginal" | tHtml({source: name}) }}';
    assert.equal(render(template, resolveInterfaceStrings("fr"), { name: "A&B <News>" }), 'Mis à jour le <time datetime="2024-12-30">30 décembre 2024</time> Lire l’original sur A&amp;B &lt;News&gt;');
  });

  it("should refuse a key that is not in the table, so a typo in a layout fails the build", () => {
    assert.throws(() => render('{{ "nav.peopel" | t }}', ENGLISH_STRINGS), /no interface string "nav.peopel"/);
  });

  it("should hand the search script its words in the site's language, placeholders left for it to fill", () => {
    const az = searchStrings(resolveInterfaceStrings("az"));
    assert.equal(az.person, "Şəxs");
    assert.equal(az.results, "“{query}” üçün nəticələr: {count}");
    assert.equal(az.findPerson, "Şəxs tap");
  });
});

describe("layouts", () => {
  // Text a reader never sees as interface text: the feed's generator, robots.txt and the sitemap's XML.
  const MACHINE_TEXT = new Set(["pages/robots.njk", "pages/sitemap.njk"]);
  const ALLOWED_WORDS = new Set(["Dateline", "npm", "run", "build"]);

  function layouts(dir = LAYOUTS_DIR, rel = ""): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      return entry.isDirectory() ? layouts(path.join(dir, entry.name), relPath) : entry.name.endsWith(".njk") ? [relPath] : [];
    });
  }

  it("should print no literal English: every text node and every named attribute comes from the string table", () => {
    const found: string[] = [];
    for (const layout of layouts().filter((name) => !MACHINE_TEXT.has(name))) {
      const source = fs.readFileSync(path.join(LAYOUTS_DIR, layout), "utf8");
      const withoutCode = source.replace(/{#[\s\S]*?#}/g, " ").replace(/{{[\s\S]*?}}/g, " ").replace(/{%[\s\S]*?%}/g, " ");
      // Attributes a reader hears or sees: their literal words must come from `t` too.
      for (const [, name, value] of withoutCode.matchAll(/\b(aria-label|title|alt|placeholder|content)="([^"]*)"/g)) {
        const words = (value!.match(/\p{L}{2,}/gu) ?? []).filter((word) => !ALLOWED_WORDS.has(word));
        if (name === "content" && !/description|title/.test(value!)) continue; // meta content is data (charset, viewport, refresh)
        if (words.length) found.push(`${layout}: ${name}="${value}"`);
      }
      // A feed's HTML content is markup escaped inside XML (&lt;div dir&gt;): markup too.
      const text = withoutCode.replace(/<[^>]*>/g, " ").replace(/&lt;[\s\S]*?&gt;/g, " ");
      const words = (text.match(/\p{L}{2,}/gu) ?? []).filter((word) => !ALLOWED_WORDS.has(word));
      if (words.length) found.push(`${layout}: ${words.join(" ")}`);
    }
    assert.deepEqual(found, []);
  });
});
