import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { MAX_VIDEO_URL_LENGTH, parseVideoUrl } from "../../src/markdown/video-url.ts";

const ID = "Xk3_vQ9-a1Z";

describe("parseVideoUrl", () => {
  it("should read every YouTube shape editors paste", () => {
    for (const url of [
      `https://www.youtube.com/watch?v=${ID}`,
      `https://youtube.com/watch?v=${ID}&feature=share&list=PL123`,
      `http://m.youtube.com/watch?v=${ID}`,
      `https://youtu.be/${ID}`,
      `https://youtu.be/${ID}?si=Tr4ck3rT0k3n`,
      `https://www.youtube.com/shorts/${ID}`,
      `https://www.youtube.com/embed/${ID}`,
      `https://www.youtube.com/live/${ID}?feature=shared`,
      `https://www.youtube-nocookie.com/embed/${ID}/`,
      `HTTPS://WWW.YOUTUBE.COM/watch?v=${ID}`,
    ]) {
      assert.deepEqual(parseVideoUrl(url), { provider: "youtube", id: ID }, url);
    }
  });

  it("should read YouTube's start times in seconds, and ignore malformed or zero ones", () => {
    const start = (query: string) => parseVideoUrl(`https://www.youtube.com/watch?v=${ID}&${query}`)?.start;
    assert.equal(start("t=90"), 90);
    assert.equal(start("t=90s"), 90);
    assert.equal(start("t=1m30s"), 90);
    assert.equal(start("t=1h2m3s"), 3723);
    assert.equal(start("t=2h"), 7200);
    assert.equal(start("start=42"), 42);
    assert.equal(parseVideoUrl(`https://youtu.be/${ID}?t=15`)?.start, 15);
    for (const bad of ["t=0", "t=", "t=abc", "t=1.5", "t=-3", "t=90s<script>", "t=99999999999", "t=1m30"]) {
      assert.deepEqual(parseVideoUrl(`https://www.youtube.com/watch?v=${ID}&${bad}`), { provider: "youtube", id: ID }, bad);
    }
  });

  it("should read Vimeo's shapes, unlisted hashes and start times", () => {
    assert.deepEqual(parseVideoUrl("https://vimeo.com/76979871"), { provider: "vimeo", id: "76979871" });
    assert.deepEqual(parseVideoUrl("https://www.vimeo.com/76979871/"), { provider: "vimeo", id: "76979871" });
    assert.deepEqual(parseVideoUrl("https://vimeo.com/76979871/abcdef1234"), { provider: "vimeo", id: "76979871", hash: "abcdef1234" });
    assert.deepEqual(parseVideoUrl("https://player.vimeo.com/video/76979871"), { provider: "vimeo", id: "76979871" });
    assert.deepEqual(parseVideoUrl("https://player.vimeo.com/video/76979871?h=abcdef1234&badge=0"), { provider: "vimeo", id: "76979871", hash: "abcdef1234" });
    assert.deepEqual(parseVideoUrl("https://vimeo.com/76979871#t=1m30s"), { provider: "vimeo", id: "76979871", start: 90 });
  });

  it("should leave every other URL an ordinary link", () => {
    for (const url of [
      "",
      "not a url",
      `//www.youtube.com/watch?v=${ID}`,
      `javascript:alert(1)//https://www.youtube.com/watch?v=${ID}`,
      `javascript://www.youtube.com/watch?v=${ID}%0aalert(1)`,
      `data:text/html,https://youtu.be/${ID}`,
      `ftp://www.youtube.com/watch?v=${ID}`,
      `https://youtube.com.evil.example/watch?v=${ID}`,
      `https://evil.example/?u=youtube.com/watch?v=${ID}`,
      `https://evil.example/youtu.be/${ID}`,
      `https://youtube.com@evil.example/watch?v=${ID}`,
      `https://user:pass@www.youtube.com/watch?v=${ID}`,
      `https://www.youtube.com@evil.example/embed/${ID}`,
      `https://www.youtube.com:8443/watch?v=${ID}`,
      `https://youtube.com./watch?v=${ID}`,
      `https://www.youtube.com\\@evil.example/watch?v=${ID}`,
      `https://notyoutube.com/watch?v=${ID}`,
      `https://www.youtube.com/watch?v=${ID}&v=aaaaaaaaaaa`,
      `https://www.youtube.com/watch?v=${ID}x`,
      `https://www.youtube.com/watch?v=abc`,
      `https://www.youtube.com/watch?v="><script>alert(1)</script>`,
      `https://www.youtube.com/watch?v=Xk3_vQ9-a1"`,
      `https://www.youtube.com/watch?v=<Xk3_vQ9-a>`,
      `https://www.youtube.com/watch?v=Xk3%22vQ9-a1Z`,
      `https://youtu.be/Xk3'vQ9-a1Z`,
      `https://www.youtube.com/embed/${ID}/extra`,
      `https://www.youtube.com/watch/${ID}`,
      `https://www.youtube.com/channel/${ID}`,
      `https://www.youtube.com//embed/${ID}`,
      "https://vimeo.com/channels/staffpicks/76979871",
      "https://vimeo.com/0123",
      "https://vimeo.com/76979871/NOTHEX!",
      "https://vimeo.com/76979871/abc",
      "https://vimeo.com/123456789012345",
      "https://player.vimeo.com/video/76979871?h=%22onload%3D",
      "https://player.vimeo.com/76979871",
      "https://vimeo.com.evil.example/76979871",
      "https://evil.example/vimeo.com/76979871",
    ]) {
      assert.equal(parseVideoUrl(url), undefined, url);
    }
  });

  it("should not look at very long input, and answer quickly on it", () => {
    const padded = `https://www.youtube.com/watch?v=${ID}&x=${"a".repeat(MAX_VIDEO_URL_LENGTH)}`;
    assert.equal(parseVideoUrl(padded), undefined);
    const started = performance.now();
    assert.equal(parseVideoUrl(`https://www.youtube.com/watch?v=${"A".repeat(5_000_000)}`), undefined);
    assert.deepEqual(parseVideoUrl(`https://youtu.be/${ID}?t=${"1".repeat(1_000)}`), { provider: "youtube", id: ID }, "an overlong start time is ignored");
    assert.ok(performance.now() - started < 100, "long input is refused at once");
  });
});
