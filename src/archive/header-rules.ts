/**
 * The rules of the site's `_headers` file (the format Netlify and Cloudflare
 * Pages read: a path pattern, then indented `Name: value` lines), as data the
 * layout prints with the path prefix, and the documentation's nginx and Apache
 * snippets repeat (a test keeps them equal).
 *
 * The content security policy is as strict as the pages allow: scripts and
 * styles only from the site's own files (no inline code, no `style`
 * attributes: the layouts have none, and a browser test holds every page kind
 * to this policy), `'wasm-unsafe-eval'` because Pagefind's search runs as
 * WebAssembly, and frames only from the two video players an article may embed.
 * JSON-LD blocks are data, not scripts, so the policy does not touch them.
 *
 * Only files whose names change when their bytes change may be cached for a
 * year: processed photos (named by content hash) and Pagefind's index chunks.
 * Everything else (pages, the stylesheet, the scripts) must be revalidated, or
 * a reader would see last year's stylesheet with this year's pages.
 */
import { PLAYER_ORIGINS } from "../markdown/video-embeds.ts";
import type { Header, HeaderRule } from "./model.ts";
import { IMAGES_URL, SEARCH_INDEX_URL } from "./urls.ts";

/** The policy every page is served with. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  `frame-src ${PLAYER_ORIGINS.join(" ")}`,
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join("; ");

/** What every response carries. Powerful features the site never uses are switched off for it and anything it frames. */
export const SECURITY_HEADERS: readonly Header[] = [
  { name: "Content-Security-Policy", value: CONTENT_SECURITY_POLICY },
  { name: "X-Content-Type-Options", value: "nosniff" },
  { name: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { name: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  { name: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** A year, and never revalidated: for files whose name is a hash of their bytes. */
export const IMMUTABLE_CACHING: Header = { name: "Cache-Control", value: "public, max-age=31536000, immutable" };

/**
 * Folders whose every file is named by a hash of its content: photos, and the
 * index chunks of each search shard (`/pagefind/2019/fragment/`; a shard's
 * entry files are not). `:shard` is a placeholder for one path segment, as
 * Netlify's and Cloudflare Pages' `_headers` read it: one rule for every
 * year, however many years the archive has.
 */
export const FINGERPRINTED_FOLDERS: readonly string[] = [
  IMAGES_URL,
  `${SEARCH_INDEX_URL}:shard/fragment/`,
  `${SEARCH_INDEX_URL}:shard/index/`,
  `${SEARCH_INDEX_URL}:shard/filter/`,
];

/** Every rule of `_headers`: the security headers for everything, then long caching for the fingerprinted folders. */
export function headerRules(): HeaderRule[] {
  return [
    { path: "/*", headers: [...SECURITY_HEADERS] },
    ...FINGERPRINTED_FOLDERS.map((folder) => ({ path: `${folder}*`, headers: [IMMUTABLE_CACHING] })),
  ];
}
