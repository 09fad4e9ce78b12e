import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { buildSite, listFiles, type BuildResult } from "../helpers/build-site.ts";
import { writeContent } from "../helpers/fixture.ts";
import { attr, parseHtml } from "../helpers/html.ts";

const XSS = `"><script>alert(1)</script><img src=x onerror=alert(2)>`;

describe("hostile content", () => {
  let site: BuildResult;
  before(() => {
    const input = writeContent(
      [
        {
          path: "2024/12/hostile.md",
          frontMatter: {
            title: `Headline ${XSS}`,
            date: "2024-12-30",
            source: `Outlet ${XSS}`,
            summary: `Summary ${XSS} </script><!--`,
            author: `Author ${XSS}`,
            people: [`Person ${XSS}`, "Known Person"],
            places: [`Place ${XSS}`, "Syria", `javascript:alert(3)`],
            url: `https://example.org/?q="><script>alert(4)</script>`,
          },
          body: [
            `Text <script>alert(5)</script> <iframe src="https://evil.example"></iframe>`,
            `[a](javascript:alert(6)) [b](data:text/html;base64,PHNjcmlwdD4=) <a href="vbscript:x">c</a>`,
            `<img src="x" onerror="alert(7)"> <object data="x"></object> <embed src="x"> <svg onload="alert(8)"></svg>`,
            `<div onclick="alert(9)" style="x:expression(alert(10))">div</div>`,
          ].join("\n\n"),
        },
        { path: "2024/12/plain.md", frontMatter: { title: "Plain", date: "2024-12-29", source: "Outlet", people: ["Known Person"] } },
      ],
      {
        "people.yaml": `- name: Known Person\n  aliases: ['Alias ${XSS.replace(/'/g, "''")}']\n  description: 'Description ${XSS.replace(/'/g, "''")}'\n`,
        "places.yaml": `- name: 'City ${XSS.replace(/'/g, "''")}'\n  country: Syria\n`,
        "site.yaml": `title: 'Site ${XSS.replace(/'/g, "''")}'\ndescription: 'About ${XSS.replace(/'/g, "''")}'\n`,
      },
    );
    site = buildSite(input);
    assert.equal(site.status, 0, site.stderr);
  });

  it("should keep every page free of scripts, frames, handlers and unsafe URLs", () => {
    const pages = listFiles(site.output).filter((file) => file.endsWith(".html"));
    assert.ok(pages.length >= 10, `built ${pages.length} pages`);
    for (const file of pages) {
      const html = fs.readFileSync(path.join(site.output, file), "utf8");
      const elements = parseHtml(html).all("*");
      for (const element of elements) {
        assert.ok(!["iframe", "object", "embed", "frame", "frameset", "applet"].includes(element.tagName), `${file}: <${element.tagName}>`);
        if (element.tagName === "script") {
          // Only data blocks (JSON-LD) and our own bundles may appear; never inline code from content.
          const type = attr(element, "type");
          assert.ok(type === "application/ld+json" || attr(element, "src"), `${file}: inline <script>`);
        }
        for (const { name, value } of element.attrs) {
          assert.ok(!/^on/i.test(name), `${file}: <${element.tagName} ${name}>`);
          if (["href", "src", "action", "formaction", "data", "content"].includes(name)) {
            assert.doesNotMatch(value.replace(/^\d+;\s*url=/i, ""), /^\s*(javascript|data|vbscript):/i, `${file}: ${name}=${value}`);
          }
          assert.ok(name !== "style" || !/expression|url\(/i.test(value), `${file}: style=${value}`);
        }
      }
    }
  });

  it("should show markup written in fields as text", () => {
    const html = fs.readFileSync(path.join(site.output, "articles/2024/12/hostile/index.html"), "utf8");
    const page = parseHtml(html);
    assert.equal(page.text("h1"), `Headline ${XSS}`);
    assert.ok(page.text("title").includes(`Headline ${XSS}`));
  });
});
