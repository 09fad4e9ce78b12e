/** site.yaml's keys for making the site one's own: menu, footer, logo, image, accent; each valid and invalid, with its line. */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { contrastRatio, LINK_BACKGROUNDS, normaliseHex, worstContrast } from "../../src/content/accent.ts";
import { loadSiteSettings } from "../../src/content/site-settings.ts";
import { tempDir, writeContent } from "../helpers/fixture.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");

function settings(yaml: string) {
  return loadSiteSettings(writeContent([], { "site.yaml": `title: News\n${yaml}` }));
}

function only(yaml: string) {
  const { problems } = settings(yaml);
  assert.equal(problems.length, 1, JSON.stringify(problems, null, 2));
  return problems[0]!;
}

describe("site.yaml: menu", () => {
  it("should take site paths and http(s) addresses, marking which is which", () => {
    const { site, problems } = settings('menu:\n  - {label: About, url: /about/}\n  - label: Feed\n    url: /feed.xml\n  - {label: Mastodon, url: "https://example.social/@news"}\n');
    assert.deepEqual(problems, []);
    assert.deepEqual(site.menu, [
      { label: "About", url: "/about/", external: false },
      { label: "Feed", url: "/feed.xml", external: false },
      { label: "Mastodon", url: "https://example.social/@news", external: true },
    ]);
  });

  it("should default to no items", () => {
    assert.deepEqual(settings("").site.menu, []);
  });

  for (const url of ["javascript:alert(1)", "//evil.example/", "/../etc/", "about/", "/About Us/", "https://user:pw@example.org/", "data:text/html,x", "/a//b/", "ftp://example.org/"]) {
    it(`should refuse the url ${JSON.stringify(url)} with its line`, () => {
      const problem = only(`menu:\n  - label: X\n    url: ${JSON.stringify(url)}\n`);
      assert.equal(problem.code, "invalid-field");
      assert.equal(problem.field, "menu.0.url");
      assert.equal(problem.line, 4);
      assert.equal(problem.severity, "error");
    });
  }

  it("should refuse an empty label and an unknown key in an item", () => {
    assert.equal(only('menu:\n  - {label: "", url: /about/}\n').field, "menu.0.label");
    const unknown = only("menu:\n  - {label: About, url: /about/, target: _blank}\n");
    assert.equal(unknown.code, "unknown-field");
    assert.equal(unknown.field, "menu.0.target");
    assert.equal(unknown.line, 3);
  });
});

describe("site.yaml: footer", () => {
  it("should take one line of plain text as it is", () => {
    assert.equal(settings('footer: "© 2026 <b>News</b>"\n').site.footer, "© 2026 <b>News</b>");
  });

  it("should refuse more than one line, with its line", () => {
    const problem = only('footer: "one\\ntwo"\n');
    assert.equal(problem.field, "footer");
    assert.equal(problem.line, 2);
  });
});

describe("site.yaml: logo and image", () => {
  it("should take a path inside the content folder", () => {
    const { site, problems } = settings("logo: _data/logo.png\nimage: images/social.jpg\n");
    assert.deepEqual(problems, []);
    assert.equal(site.logo, "_data/logo.png");
    assert.equal(site.image, "images/social.jpg");
  });

  for (const [value, pattern] of [
    ["_data/logo.svg", /SVG/],
    ["/etc/passwd.png", /inside the content folder/],
    ["../outside.png", /inside the content folder/],
    ["_data/logo.txt", /PNG, JPEG/],
  ] as const) {
    it(`should refuse ${value} with its line`, () => {
      const problem = only(`logo: ${value}\n`);
      assert.equal(problem.field, "logo");
      assert.equal(problem.line, 2);
      assert.match(problem.message, pattern);
    });
  }
});

describe("site.yaml: accent", () => {
  it("should take one colour per scheme, normalised", () => {
    const { site, problems } = settings('accent: {light: "#1A5F7A", dark: "#7cc4e0"}\n');
    assert.deepEqual(problems, []);
    assert.deepEqual(site.accent, { light: "#1a5f7a", dark: "#7cc4e0" });
  });

  for (const value of ["red", "#12345", "'#1a5f7a; } body { display: none'", "url(x)", "'#1a5f7a!important'"]) {
    it(`should refuse ${value}: nothing but a hex colour reaches the stylesheet`, () => {
      const problem = only(`accent: ${value}\n`);
      assert.equal(problem.code, "invalid-field");
      assert.equal(problem.line, 2);
    });
  }

  it("should report a colour too faint for link text on the dark scheme, with the line of that scheme", () => {
    const { problems } = settings('accent:\n  light: "#1a5f7a"\n  dark: "#333333"\n');
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.code, "low-contrast-accent");
    assert.equal(problems[0]!.severity, "error");
    assert.equal(problems[0]!.line, 4);
    assert.match(problems[0]!.hint ?? "", /lighter/);
  });

  it("should report one colour for both schemes on the scheme it fails", () => {
    const { problems } = settings('accent: "#1a5f7a"\n');
    assert.deepEqual(problems.map((p) => p.code), ["low-contrast-accent"]);
    assert.match(problems[0]!.message, /dark/);
  });

  it("should compute WCAG contrast ratios", () => {
    assert.equal(contrastRatio("#000000", "#ffffff").toFixed(1), "21.0");
    assert.equal(contrastRatio("#777777", "#ffffff").toFixed(2), "4.48");
    assert.equal(normaliseHex("#ABC"), "#aabbcc");
    assert.ok(worstContrast("#9c1c1c", "light") >= 4.5, "Dateline's own accent passes");
  });

  it("should check against the backgrounds public/styles.css really has", () => {
    const css = fs.readFileSync(path.join(ROOT, "public/styles.css"), "utf8");
    const dark = css.slice(css.indexOf("@media (prefers-color-scheme: dark)"));
    for (const [scheme, text] of [["light", css], ["dark", dark]] as const) {
      const [bg, surface, chip] = ["--bg", "--surface", "--chip-bg"].map((name) => new RegExp(`${name}: (#[0-9a-f]{6})`).exec(text)?.[1]);
      assert.deepEqual([...LINK_BACKGROUNDS[scheme]], [bg, surface, chip]);
    }
  });
});

describe("site.yaml: unknown keys", () => {
  it("should stay errors, naming every key site.yaml may set", () => {
    const problem = only("menus: []\n");
    assert.equal(problem.code, "unknown-field");
    assert.equal(problem.severity, "error");
    assert.equal(problem.line, 2);
    assert.match(problem.hint ?? "", /menu, footer, logo, image and accent/);
  });

  it("should give the defaults when there is no site.yaml", () => {
    const { site } = loadSiteSettings(tempDir());
    assert.deepEqual(site.menu, []);
    assert.equal(site.accent, undefined);
  });
});

describe("site.yaml: url", () => {
  it("should take an address with a path, and refuse a password, a query or a fragment with the line", () => {
    assert.deepEqual(settings("url: https://news.example.org/archive/\n").problems, []);
    assert.equal(settings("url: https://news.example.org/archive/\n").site.url, "https://news.example.org/archive");
    for (const [url, message] of [
      ["https://u:p@news.example.org/", /user name or password/],
      ["https://news.example.org/base?x=1", /without \?query/],
      ["https://news.example.org/#top", /without \?query/],
    ] as const) {
      const found = only(`url: "${url}"\n`);
      assert.equal(found.field, "url");
      assert.equal(found.line, 2);
      assert.match(found.message, message);
    }
  });
});

describe("site.yaml: logo and image sizes", () => {
  it("should publish the logo no taller and the social image no wider than they are used", async () => {
    const { loadSiteImages } = await import("../../src/content/site-images.ts");
    const { writePhoto } = await import("../helpers/photos.ts");
    const dir = writeContent([], { "site.yaml": "title: News\nlogo: _data/logo.png\nimage: _data/social.jpg\n" });
    await writePhoto(path.join(dir, "_data", "logo.png"), 1500, 500);
    await writePhoto(path.join(dir, "_data", "social.jpg"), 3000, 1500);
    const { site } = loadSiteSettings(dir);
    const { images, problems } = await loadSiteImages(dir, site, () => 1);
    assert.deepEqual(problems, []);
    assert.deepEqual([images.logo?.width, images.logo?.height], [288, 96]);
    assert.deepEqual([images.image?.width, images.image?.height], [1200, 600]);
  });
});
