/**
 * The rules of the site's `_redirects` file (the format Netlify and Cloudflare
 * Pages read: `from to status`, one rule a line), as a list the archive holds
 * and any part of the build may add to; the layout only prints it, with the
 * path prefix put before both paths.
 *
 * Articles' old paths come first, then the variant spellings of people and
 * countries: Cloudflare Pages reads only the first `CLOUDFLARE_RULE_LIMIT`
 * rules, and an article's old URL is the likelier to be linked from elsewhere.
 * Every redirect also has its own page at the old path (a meta refresh), so a
 * rule past the limit, or a host that reads no `_redirects`, still leads there.
 */
import type { Redirect, RedirectRule } from "./model.ts";

/** How many rules Cloudflare Pages reads from `_redirects` (static redirects); `npm run check` warns past it. */
export const CLOUDFLARE_RULE_LIMIT = 2000;

/** The `_redirects` rules: a permanent redirect for every alias, then for every entity redirect, each list in its own order. */
export function redirectRules(aliases: readonly Redirect[], entities: readonly Redirect[]): RedirectRule[] {
  return [...aliases, ...entities].map(({ from, to }) => ({ from, to, status: 301 }));
}
