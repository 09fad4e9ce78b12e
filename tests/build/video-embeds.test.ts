/** An article with video links built by the real build: the placeholders on its page, the script that plays them, and nothing asked of a provider. */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { buildSite, readPage, type BuildResult } from "../helpers/build-site.ts";
import { attr, elementsIn, parseHtml, textOf, type Html } from "../helpers/html.ts";
import { crawl, htmlErrors } from "../helpers/site-check.ts";
import { TITLED, VIDEO_URL, VIMEO_ID, writeVideoContent, YOUTUBE_ID } from "../helpers/video-article.ts";

const classes = (element: Parameters<typeof attr>[0]) => (attr(element, "class") ?? "").split(" ").filter(Boolean);

describe("video links in the built site", () => {
  let site: BuildResult;
  let page: string;
  let html: Html;
  before(() => {
    site = buildSite(writeVideoContent());
    assert.equal(site.status, 0, site.stderr);
    page = readPage(site.output, VIDEO_URL);
    html = parseHtml(page);
  });

  it("should print a placeholder for each video link alone on its line, in the article's order", () => {
    const embeds = html.all("div").filter((div) => classes(div).includes("video-embed"));
    assert.deepEqual(
      embeds.map((div) => [attr(div, "data-video-player"), attr(div, "data-video-play"), attr(div, "data-video-frame")]),
      [
        [`https://www.youtube-nocookie.com/embed/${YOUTUBE_ID}?autoplay=1`, "Play video: YouTube video", "YouTube video"],
        [`https://www.youtube-nocookie.com/embed/${YOUTUBE_ID}?autoplay=1&start=90`, `Play video: ${TITLED}`, `YouTube video: ${TITLED}`],
        [`https://player.vimeo.com/video/${VIMEO_ID}?dnt=1&autoplay=1`, "Play video: Vimeo video", "Vimeo video"],
      ],
    );
    for (const embed of embeds) {
      const inside = elementsIn(embed);
      const box = inside.find((element) => classes(element).includes("video-embed__box"))!;
      const provider = textOf(inside.find((element) => classes(element).includes("video-embed__provider"))!);
      assert.ok(["YouTube", "Vimeo"].includes(provider));
      assert.equal(textOf(inside.find((element) => classes(element).includes("video-embed__note"))!), `Playing loads the video from ${provider}, which may record that you watched it.`);
      assert.equal(elementsIn(box).filter((element) => element.tagName === "a").length, 1, "the box holds one plain link to the video");
    }
  });

  it("should link each placeholder to the video's page, without the tracker the share link carried", () => {
    const links = html.all("a").filter((a) => /youtube|vimeo/.test(attr(a, "href") ?? ""));
    assert.deepEqual(
      links.map((a) => [attr(a, "href"), textOf(a)]),
      [
        [`https://www.youtube.com/watch?v=${YOUTUBE_ID}`, `https://youtu.be/${YOUTUBE_ID}?si=Tr4ck3rT0k3n`],
        [`https://www.youtube.com/watch?v=${YOUTUBE_ID}&t=90s`, TITLED],
        [`https://vimeo.com/${VIMEO_ID}`, `https://vimeo.com/${VIMEO_ID}`],
        [`https://www.youtube.com/watch?v=${YOUTUBE_ID}`, `https://www.youtube.com/watch?v=${YOUTUBE_ID}`],
        [`https://youtube.com.evil.example/watch?v=${YOUTUBE_ID}`, `https://youtube.com.evil.example/watch?v=${YOUTUBE_ID}`],
      ],
    );
    assert.ok(!page.includes("si=Tr4ck3rT0k3n\""), "the tracker is in no address");
  });

  it("should load nothing from a provider and no inline script: the page's only scripts are JSON-LD and the site's deferred scripts", () => {
    assert.equal(html.all("iframe").length, 0);
    // The only images are the places' flags, the site's own files.
    assert.deepEqual(html.all("img").filter((img) => !(attr(img, "src") ?? "").startsWith("/flags/")), []);
    for (const element of html.all("*")) {
      for (const name of ["src", "srcset", "poster", "data"]) {
        assert.doesNotMatch(attr(element, name) ?? "", /youtube|vimeo|ytimg|vimeocdn/, `${element.tagName} ${name}`);
      }
    }
    const links = html.all("link").map((link) => attr(link, "href") ?? "");
    assert.ok(links.every((href) => !/youtube|vimeo|ytimg|vimeocdn/.test(href)));
    const scripts = html.all("script");
    assert.deepEqual(
      scripts.map((script) => [attr(script, "type") ?? attr(script, "src"), attr(script, "defer") !== undefined]).sort(),
      [
        ["/article-tools.js", true],
        ["/video-embeds.js", true],
        ["application/ld+json", false],
      ],
    );
    assert.ok(fs.existsSync(path.join(site.output, "video-embeds.js")));
  });

  it("should load the player script only on pages with a video", () => {
    const plain = parseHtml(readPage(site.output, "/articles/2025/05/talks-adjourned/"));
    assert.deepEqual(plain.all("script").map((script) => attr(script, "type") ?? attr(script, "src")).sort(), ["/article-tools.js", "application/ld+json"]);
    assert.doesNotMatch(readPage(site.output, "/"), /video-embeds\.js/);
  });

  it("should pass html-validate, and every link on the site should lead somewhere", async () => {
    assert.deepEqual(await htmlErrors(site.output), []);
    const result = crawl(site.output, { siteUrl: "https://news.example.org/" });
    assert.deepEqual(result.broken, []);
  });

  it("should carry the path prefix to the script", () => {
    const prefixed = buildSite(writeVideoContent(), { pathPrefix: "/news/" });
    assert.equal(prefixed.status, 0, prefixed.stderr);
    const scripts = parseHtml(readPage(prefixed.output, VIDEO_URL)).all("script").map((script) => attr(script, "src"));
    assert.ok(scripts.includes("/news/video-embeds.js"), scripts.join(", "));
  });
});
