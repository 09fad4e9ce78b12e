import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { remark } from "remark";
import remarkHtml from "remark-html";
import { collectImages, IMAGE_MARKER, imageMarker, withImageHandlers } from "../../src/markdown/body-images.ts";
import type { Root } from "mdast";
import { renderMarkdown } from "../../src/markdown/pipeline.ts";

describe("images in a rendered body", () => {
  it("should leave a marker for each image and list it with its alt text, title and line", () => {
    const rendered = renderMarkdown(
      [
        "Ilham Aliyev opened the terminal. ![A crane](crane.jpg) Work began in May.",
        "",
        '![Ships at anchor off Baku](ships.jpg "Ships wait off Baku. Photo: Азер Мамедов / AzerNews")',
        "",
        "![Reference photo][boats]",
        "",
        '[boats]: photos/boats.jpg "Boats at dawn"',
      ].join("\n"),
    );
    assert.deepEqual(rendered.images, [
      { url: "crane.jpg", alt: "A crane", line: 1, figure: false },
      { url: "ships.jpg", alt: "Ships at anchor off Baku", title: "Ships wait off Baku. Photo: Азер Мамедов / AzerNews", line: 3, figure: true },
      { url: "photos/boats.jpg", alt: "Reference photo", title: "Boats at dawn", line: 5, figure: true },
    ]);
    assert.equal(rendered.html, [`<p>Ilham Aliyev opened the terminal. ${imageMarker(0)} Work began in May.</p>`, imageMarker(1), imageMarker(2)].join("\n"));
    assert.doesNotMatch(rendered.html, /<img/);
  });

  it("should keep an image inside a link or a heading inline, and a reference without a definition as text", () => {
    const rendered = renderMarkdown("[![Logo](logo.png)](https://example.org)\n\n## Port ![icon](i.png)\n\n![missing][nowhere]\n");
    assert.deepEqual(rendered.images?.map((image) => [image.url, image.figure]), [["logo.png", false], ["i.png", false]]);
    assert.match(rendered.html, new RegExp(`<a href="https://example.org">${imageMarker(0)}</a>`));
    assert.match(rendered.html, /!\[missing\]\[nowhere\]/);
  });

  it("should not let a body forge a marker: U+0000 written in the text becomes U+FFFD", () => {
    const rendered = renderMarkdown(`Text \u0000dateline-image:0\u0000 here.`);
    assert.deepEqual(rendered.images, []);
    assert.equal([...rendered.html.matchAll(IMAGE_MARKER)].length, 0);
  });

  it("should leave no image markup to the sanitiser: raw <img> and <picture> in the text are dropped", () => {
    const rendered = renderMarkdown('<img src="https://tracker.example/p.gif"> <picture><source srcset="x.webp"></picture>\n\nText.');
    assert.doesNotMatch(rendered.html, /<img|<picture|<source|tracker/);
  });

  it("should leave other paragraphs to the paragraph handler it was given (body-html.ts's own)", () => {
    const processor = remark().use(remarkHtml, {
      handlers: withImageHandlers({ paragraph: () => ({ type: "element", tagName: "blockquote", properties: {}, children: [] }) }),
    });
    const tree = processor.parse("Text.\n\n![Alone](a.jpg)\n") as Root;
    collectImages(tree);
    assert.equal(String(processor.stringify(processor.runSync(tree) as Root)).trim(), `<blockquote></blockquote>\n${imageMarker(0)}`);
  });
});
