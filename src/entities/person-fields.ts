/**
 * The optional fields of a `people.yaml` entry that point outside the
 * archive: `wikidata` (a Q-id) and `links` (addresses of the person's own
 * pages). Both are untrusted text that ends up in an `href`, so each is taken
 * as written or refused with what to write instead, never cleaned up: a
 * `javascript:` or `data:` link is a problem, not a link.
 */
import type { FieldMistake } from "../content/url-fields.ts";

/** A link of a person's entry, as pages print it. */
export interface PersonLink {
  /** Plain text, printed escaped. */
  label: string;
  /** An `http(s)://` address, checked. */
  url: string;
}

/** A Wikidata item id: Q, then a number without leading zeros. */
const WIKIDATA_ID = /^Q[1-9][0-9]*$/;

/** Longest link accepted: far above a real profile page's address, far below what would bloat every page it is on. */
export const MAX_LINK_LENGTH = 2000;

/** What is wrong with a `wikidata:` value, or undefined when it is a Q-id. */
export function wikidataMistake(value: string): FieldMistake | undefined {
  if (WIKIDATA_ID.test(value)) return undefined;
  // A full address or "wd:Q42" holds the id; a number alone lacks only its Q.
  const found = /\bQ[1-9][0-9]*\b/.exec(value)?.[0] ?? (/^[1-9][0-9]*$/.test(value) ? `Q${value}` : undefined);
  const hint = found ? `write the item's id alone, e.g. wikidata: ${found}` : "write the item's id as Wikidata shows it under the person's name, e.g. wikidata: Q12345";
  return { message: `${quote(value)} is not a Wikidata item id (Q followed by a number)`, hint };
}

/** The Wikidata page of an item id already checked by `wikidataMistake`. */
export function wikidataUrl(id: string): string {
  return `https://www.wikidata.org/wiki/${id}`;
}

/** What is wrong with a link's address, or undefined when it is a full `http(s)://` address. */
export function linkMistake(url: string): FieldMistake | undefined {
  const hint = "write the full address of the page, starting with https://, e.g. https://example.org/profile";
  if (url.length > MAX_LINK_LENGTH) return { message: `is ${url.length} characters long; a link may have at most ${MAX_LINK_LENGTH}`, hint };
  if (/[\s\u0000-\u001f\u007f]/.test(url)) return { message: `${quote(url)} has spaces or control characters`, hint };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { message: `${quote(url)} is not a full address`, hint };
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    return { message: `${quote(url)} is a ${parsed.protocol} address; only http:// and https:// links are shown`, hint };
  }
  if (parsed.username || parsed.password) return { message: `${quote(url)} carries a user name or password`, hint: "remove the user:password@ part of the address" };
  return undefined;
}

/** The label a link without one is shown with: its host name without `www.`. */
export function defaultLinkLabel(url: string): string {
  return new URL(url).hostname.replace(/^www\./, "");
}

function quote(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
}
