/**
 * Which links are YouTube or Vimeo videos, read strictly: the URL an
 * article links to is written by anyone, so only the exact shapes below
 * count, and what comes out is the provider, an id that matched its pattern,
 * and numbers. Nothing else of the URL is kept: the links and players made
 * from a video (video-embeds.ts) are built from these parts, never copied
 * from the article, so a hostile URL can at worst stay an ordinary link.
 *
 * - YouTube: `youtube.com/watch?v=ID`, `youtu.be/ID`, `youtube.com/shorts/ID`,
 *   `/embed/ID`, `/live/ID`, on `youtube.com`, `www.`, `m.` and
 *   `youtube-nocookie.com`; an id is 11 of `[A-Za-z0-9_-]`. A start time is
 *   `t=` or `start=` (`90`, `90s`, `1m30s`, `1h2m3s`).
 * - Vimeo: `vimeo.com/ID`, `vimeo.com/ID/HASH` (an unlisted video's hash),
 *   `player.vimeo.com/video/ID` (`?h=HASH`); an id is digits, a hash hex. A
 *   start time is the fragment `#t=90s` or `#t=1m30s`.
 *
 * http or https only, no user name or password, no port.
 */

/** A video a link points to, in parts checked against their patterns. */
export interface Video {
  provider: "youtube" | "vimeo";
  /** YouTube: 11 of `[A-Za-z0-9_-]`; Vimeo: digits. */
  id: string;
  /** Vimeo's hash of an unlisted video (hex). */
  hash?: string;
  /** Where to start, in whole seconds (more than 0). */
  start?: number;
}

/** Longer URLs are not looked at (a real video link is well under this). */
export const MAX_VIDEO_URL_LENGTH = 2048;

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const VIMEO_ID = /^[1-9][0-9]{0,11}$/;
const VIMEO_HASH = /^[0-9a-f]{8,20}$/;
/** `90`, `90s`, `1m30s`, `1h2m3s`, `2h`: each part at most a few digits, so the sum stays small. */
const TIME = /^(?:([0-9]{1,6})|(?:([0-9]{1,2})h)?(?:([0-9]{1,4})m)?(?:([0-9]{1,6})s)?)$/;

const YOUTUBE_HOSTS = new Set(["youtube.com", "www.youtube.com", "m.youtube.com", "youtube-nocookie.com", "www.youtube-nocookie.com"]);
/** YouTube paths whose second segment is the id. */
const YOUTUBE_ID_PATHS = new Set(["shorts", "embed", "live"]);
const VIMEO_HOSTS = new Set(["vimeo.com", "www.vimeo.com"]);

/** The video `href` points to, or undefined when it is not exactly one of the shapes above. */
export function parseVideoUrl(href: string): Video | undefined {
  if (href.length > MAX_VIDEO_URL_LENGTH) return undefined;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if ((url.protocol !== "https:" && url.protocol !== "http:") || url.username || url.password || url.port) return undefined;
  const segments = pathSegments(url.pathname);
  if (!segments) return undefined;
  if (YOUTUBE_HOSTS.has(url.hostname) || url.hostname === "youtu.be") return youtube(url, segments);
  if (VIMEO_HOSTS.has(url.hostname) || url.hostname === "player.vimeo.com") return vimeo(url, segments);
  return undefined;
}

function youtube(url: URL, segments: string[]): Video | undefined {
  let id: string | undefined;
  if (url.hostname === "youtu.be") {
    if (segments.length === 1) id = segments[0];
  } else if (segments.length === 1 && segments[0] === "watch") {
    const ids = url.searchParams.getAll("v");
    if (ids.length === 1) id = ids[0];
  } else if (segments.length === 2 && YOUTUBE_ID_PATHS.has(segments[0]!)) {
    id = segments[1];
  }
  if (id === undefined || !YOUTUBE_ID.test(id)) return undefined;
  const start = seconds(url.searchParams.get("t") ?? url.searchParams.get("start"));
  return start ? { provider: "youtube", id, start } : { provider: "youtube", id };
}

function vimeo(url: URL, segments: string[]): Video | undefined {
  let id: string | undefined;
  let hash: string | undefined;
  if (url.hostname === "player.vimeo.com") {
    if (segments.length !== 2 || segments[0] !== "video") return undefined;
    id = segments[1];
    hash = url.searchParams.get("h") ?? undefined;
  } else if (segments.length === 1 || segments.length === 2) {
    [id, hash] = segments;
  }
  if (id === undefined || !VIMEO_ID.test(id) || (hash !== undefined && !VIMEO_HASH.test(hash))) return undefined;
  const start = seconds(/^#t=(.*)$/.exec(url.hash)?.[1] ?? null);
  return { provider: "vimeo", id, ...(hash ? { hash } : {}), ...(start ? { start } : {}) };
}

/** The path's segments (one trailing slash allowed), or undefined when it has empty ones (`//`). */
function pathSegments(pathname: string): string[] | undefined {
  const segments = pathname.replace(/^\//, "").replace(/\/$/, "").split("/");
  return segments.every((segment) => segment !== "") ? segments : undefined;
}

/** A start time in seconds, or undefined when there is none, it is zero, or it is not one of the shapes above. */
function seconds(value: string | null): number | undefined {
  if (!value) return undefined;
  const match = TIME.exec(value);
  if (!match) return undefined;
  const [, plain, hours, minutes, secs] = match;
  const total = plain !== undefined ? Number(plain) : Number(hours ?? 0) * 3600 + Number(minutes ?? 0) * 60 + Number(secs ?? 0);
  return total > 0 ? total : undefined;
}
