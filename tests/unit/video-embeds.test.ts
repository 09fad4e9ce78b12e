import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import type { Element, Properties, Root } from "hast";
import { sanitize } from "hast-util-sanitize";
import { bodySchema, ENGLISH_BODY_WORDS } from "../../src/markdown/body-html.ts";
import { renderMarkdown } from "../../src/markdown/pipeline.ts";
import { PLAYER_URL, videoPageUrl, videoPlayerUrl } from "../../src/markdown/video-embeds.ts";
import { parseVideoUrl } from "../../src/markdown/video-url.ts";
import { bodyWordsOf } from "../../src/i18n/body-words.ts";
import { resolveInterfaceStrings } from "../../src/i18n/interface-strings.ts";
import { fillPlaceholders } from "../../src/i18n/message.ts";

const ID = "Xk3_vQ9-a1Z";
const embeds = (html: string) => html.match(/<div class="video-embed"/g)?.length ?? 0;

describe("video embeds in the Markdown pipeline", () => {
  it("should turn a bare URL, an <autolink> and a [text](url) link alone in their paragraphs into placeholders", () => {
    const { html } = renderMarkdown([`https://youtu.be/${ID}`, "", "<https://vimeo.com/76979871>", "", `[Minister's statement](https://www.youtube.com/watch?v=${ID})`].join("\n"));
    assert.equal(embeds(html), 3);
    assert.doesNotMatch(html, /<p><a /);
  });

  it("should print the placeholder from the parsed video: a clean link, the player's address, names from the link's text", () => {
    const { html } = renderMarkdown(`[Пресс-конференция *Ярославы Климовой*](https://youtu.be/${ID}?si=Tr4ck3r&t=1m30s "Geneva")`);
    assert.equal(
      html,
      [
        `<div class="video-embed" data-video-player="https://www.youtube-nocookie.com/embed/${ID}?autoplay=1&#x26;start=90" data-video-play="Play video: Пресс-конференция Ярославы Климовой" data-video-frame="YouTube video: Пресс-конференция Ярославы Климовой">`,
        `<div class="video-embed__box">`,
        `<p class="video-embed__provider">YouTube</p>`,
        `<p class="video-embed__title"><a href="https://www.youtube.com/watch?v=${ID}&#x26;t=90s">Пресс-конференция <em>Ярославы Климовой</em></a></p>`,
        `</div>`,
        `<p class="video-embed__note">Playing loads the video from YouTube, which may record that you watched it.</p>`,
        `</div>`,
      ].join("\n"),
    );
  });

  it("should name a bare URL's player by its provider, not by the address", () => {
    const { html } = renderMarkdown("https://player.vimeo.com/video/76979871?h=abcdef1234");
    assert.match(html, /data-video-player="https:\/\/player\.vimeo\.com\/video\/76979871\?h=abcdef1234&#x26;dnt=1&#x26;autoplay=1"/);
    assert.match(html, /data-video-play="Play video: Vimeo video" data-video-frame="Vimeo video"/);
    assert.match(html, /<a href="https:\/\/vimeo\.com\/76979871\/abcdef1234">https:\/\/player\.vimeo\.com\/video\/76979871\?h=abcdef1234<\/a>/);
  });

  it("should name a www. address written without its scheme by its provider too", () => {
    const { html } = renderMarkdown(`www.youtube.com/watch?v=${ID}`);
    assert.match(html, /data-video-play="Play video: YouTube video" data-video-frame="YouTube video"/);
    assert.match(renderMarkdown(`[https://youtu.be/${ID}](https://youtu.be/${ID}?si=x)`).html, /data-video-play="Play video: YouTube video"/);
    assert.match(html, new RegExp(`<a href="https://www.youtube.com/watch\\?v=${ID}">www.youtube.com/watch\\?v=${ID}</a>`));
  });

  it("should leave a video link that shares its paragraph, a look-alike host and a reference link ordinary links", () => {
    const body = [
      `Watch https://youtu.be/${ID} here.`,
      "",
      `https://youtu.be/${ID} https://vimeo.com/76979871`,
      "",
      `**https://youtu.be/${ID}**`,
      "",
      `https://youtube.com.evil.example/watch?v=${ID}`,
      "",
      `[a video][ref]`,
      "",
      `[ref]: https://youtu.be/${ID}`,
    ].join("\n");
    const { html } = renderMarkdown(body);
    assert.equal(embeds(html), 0);
    assert.equal(html.match(/<a href=/g)?.length, 6);
  });

  it("should request nothing from a provider: no frame, image or source in the page, and raw frames still dropped", () => {
    const { html } = renderMarkdown([`https://youtu.be/${ID}`, "", `<iframe src="https://www.youtube.com/embed/${ID}"></iframe>`, "", `<img src="https://i.ytimg.com/vi/${ID}/hqdefault.jpg">`].join("\n"));
    assert.equal(embeds(html), 1);
    assert.doesNotMatch(html, /<iframe|<img|<script|\ssrc=|ytimg/i);
  });

  it("should keep the page text and excerpt as the editor wrote them", () => {
    const { text, excerpt } = renderMarkdown(`[The statement](https://youtu.be/${ID})`);
    assert.equal(text, "The statement");
    assert.equal(excerpt, "The statement");
  });
});

describe("the sanitiser's schema for video placeholders", () => {
  /** What the sanitiser keeps of a `div` with these properties. */
  const placeholder = (properties: Properties): Properties => {
    const tree: Root = { type: "root", children: [{ type: "element", tagName: "div", properties, children: [] }] };
    return ((sanitize(tree, bodySchema(ENGLISH_BODY_WORDS)) as Root).children[0] as Element).properties;
  };

  it("should let the placeholder's own attributes through", () => {
    const own = { className: ["video-embed"], dataVideoPlayer: `https://www.youtube-nocookie.com/embed/${ID}?autoplay=1`, dataVideoPlay: "Play video: x", dataVideoFrame: "YouTube video" };
    assert.deepEqual(placeholder(own), own);
    const vimeo = { className: ["video-embed__box"], dataVideoPlayer: "https://player.vimeo.com/video/76979871?h=abcdef1234&dnt=1&autoplay=1#t=90s" };
    assert.deepEqual(placeholder(vimeo), vimeo);
  });

  it("should drop player addresses of any other shape, other data attributes and other classes", () => {
    for (const address of [
      "javascript:alert(1)",
      `javascript:alert(1)//https://www.youtube-nocookie.com/embed/${ID}?autoplay=1`,
      "https://evil.example/embed",
      `https://www.youtube.com/embed/${ID}?autoplay=1`,
      `https://www.youtube-nocookie.com/embed/${ID}?autoplay=1&onload=x`,
      `https://www.youtube-nocookie.com/embed/${ID}?autoplay=1\n`,
      "https://player.vimeo.com/video/1?dnt=1&autoplay=1&x=1",
      `https://www.youtube-nocookie.com.evil.example/embed/${ID}?autoplay=1`,
    ]) {
      assert.deepEqual(placeholder({ className: ["video-embed"], dataVideoPlayer: address }), { className: ["video-embed"] }, address);
    }
    assert.deepEqual(placeholder({ className: ["video-embed", "evil"], dataVideoSrc: "x", dataVideoPlay: "Click me", dataVideoFrame: "Other" }), { className: ["video-embed"] });
  });

  it("should keep the table region's class on div beside the placeholder's", () => {
    assert.deepEqual(placeholder({ className: ["table-scroll"] }), { className: ["table-scroll"] });
  });
});

describe("videoPlayerUrl and videoPageUrl", () => {
  const youtubeId = fc.stringMatching(/^[A-Za-z0-9_-]{11}$/);
  const vimeoId = fc.stringMatching(/^[1-9][0-9]{0,11}$/);
  const shape = fc.oneof(
    youtubeId.map((id) => `https://www.youtube.com/watch?v=${id}`),
    youtubeId.map((id) => `https://youtu.be/${id}`),
    youtubeId.map((id) => `https://m.youtube.com/shorts/${id}`),
    vimeoId.map((id) => `https://vimeo.com/${id}`),
    fc.tuple(vimeoId, fc.stringMatching(/^[0-9a-f]{8,20}$/)).map(([id, hash]) => `https://player.vimeo.com/video/${id}?h=${hash}`),
  );
  const time = fc.oneof(fc.constant(""), fc.integer({ min: 0, max: 999_999 }).map((n) => `${n}s`), fc.string({ maxLength: 8 }));

  it("should make, for any video a link parses to, a player address the sanitiser lets through and a page link that parses back to it", () => {
    fc.assert(
      fc.property(shape, time, (url, t) => {
        const href = url.includes("vimeo") ? `${url}#t=${t}` : `${url}${url.includes("?") ? "&" : "?"}t=${encodeURIComponent(t)}`;
        const video = parseVideoUrl(href);
        assert.ok(video, href);
        assert.match(videoPlayerUrl(video), PLAYER_URL);
        assert.deepEqual(parseVideoUrl(videoPageUrl(video)), video);
      }),
    );
  });
});

describe("video placeholders in the site's language", () => {
  for (const language of ["fr", "ar", "ru"]) {
    it(`should name the player and say where it loads from in ${language}, and keep every word through the sanitiser`, () => {
      const words = bodyWordsOf(resolveInterfaceStrings(language));
      const { html } = renderMarkdown(`[Press conference](https://youtu.be/${ID})\n\n<https://vimeo.com/76979871>\n`, words);
      const play = fillPlaceholders(words.videoPlay, { title: "Press conference" });
      const unnamed = fillPlaceholders(words.videoUnnamed, { provider: "Vimeo" });
      assert.ok(html.includes(`data-video-play="${play}"`), html);
      assert.ok(html.includes(`data-video-frame="${fillPlaceholders(words.videoNamed, { provider: "YouTube", title: "Press conference" })}"`), html);
      assert.ok(html.includes(`data-video-play="${fillPlaceholders(words.videoPlay, { title: unnamed })}"`), html);
      assert.ok(html.includes(fillPlaceholders(words.videoNote, { provider: "YouTube" })), html);
      assert.doesNotMatch(html, /Play video|Playing loads/);
    });
  }
});
