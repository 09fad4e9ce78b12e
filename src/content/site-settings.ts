/**
 * Site settings from `<content>/_data/site.yaml`: title, description, base URL,
 * language, page size, time zone; and what makes the site its owner's: menu,
 * footer text, logo, accent colour, default social image.
 */
import path from "node:path";
import { z } from "zod";
import { isTimeZone } from "./embargo.ts";
import { HEX_COLOUR, MIN_TEXT_CONTRAST, normaliseHex, worstContrast, type Accent } from "./accent.ts";
import { builtInTable, SUPPORTED_LANGUAGES } from "../i18n/languages.ts";
import { problem, type Problem } from "../problems/problems.ts";
import { readYamlFile } from "../yaml/read-yaml-file.ts";

/** The image formats a logo or social image may have: SVG is refused, as for article photos (it may hold scripts). */
const SITE_IMAGE = /\.(?:png|jpe?g|webp|avif|gif)$/i;

/** An image file of the content folder, by its path relative to it (`_data/logo.png`): no way out of the folder, no link tricks in the name. */
const siteImagePath = z
  .string()
  .trim()
  .refine((value) => !/\.svgz?$/i.test(value), { message: "is an SVG file, which may hold scripts: Dateline takes PNG, JPEG, WebP, AVIF or GIF", abort: true })
  .refine((value) => SITE_IMAGE.test(value), { message: "must be a PNG, JPEG, WebP, AVIF or GIF file" })
  .refine((value) => !value.startsWith("/") && !/^[a-zA-Z]:/.test(value) && !value.split("/").some((part) => part === ".." || part === "." || part === "") && !/[\\\u0000-\u001f\u007f]/.test(value), {
    message: "must be a path inside the content folder, e.g. _data/logo.png (no leading /, no .., no backslashes)",
  });

/** A site path for the menu (`/about/`, `/press/contact/`, `/feed.xml`, `/#top`): lowercase ASCII segments; the path prefix is added when printed. */
const SITE_PATH = /^\/(?:[a-z0-9][a-z0-9._~-]*\/)*(?:[a-z0-9][a-z0-9._~-]*)?(?:#[A-Za-z0-9_-]+)?$/;

/** One menu item: a label and a site path or an absolute http(s) address; `external` says which. */
const menuItem = z
  .object({
    label: z.string({ error: "must be the link's text" }).trim().min(1).max(60),
    url: z
      .string({ error: "must be a site path such as /about/ or a full http(s) address" })
      .trim()
      .refine((value) => SITE_PATH.test(value) || isWebAddress(value), {
        message: "must be a site path such as /about/ or a full http(s) address such as https://example.org/",
      }),
  })
  .strict()
  .transform(({ label, url }) => ({ label, url: SITE_PATH.test(url) ? url : new URL(url).href, external: !SITE_PATH.test(url) }));

/** A colour as `#rgb` or `#rrggbb`. */
const hexColour = z.string().trim().regex(HEX_COLOUR, { message: "must be a hex colour such as #1a5f7a or #15a" }).transform(normaliseHex);

/** The settings a site may set, all optional, with the defaults a new archive gets. */
const siteSchema = z
  .object({
    title: z.string().trim().min(1).default("Dateline"),
    description: z.string().trim().default("A news archive."),
    url: z
      .string()
      .trim()
      .url({ message: "must be the site's full address, e.g. https://news.example.org/" })
      .refine((value) => /^https?:\/\//.test(value), { message: "must start with http:// or https://" })
      // Every page's canonical link, the feeds and the open data start with it: no
      // password in them, and nothing after a path that would end up mid-URL.
      .refine((value) => URL.canParse(value) && !new URL(value).username && !new URL(value).password, {
        message: "must not hold a user name or password",
      })
      .refine((value) => URL.canParse(value) && !new URL(value).search && !new URL(value).hash, {
        message: "must be an address without ?query or #fragment, e.g. https://news.example.org/archive",
      })
      .transform((value) => value.replace(/\/+$/, ""))
      .default("http://localhost:8080"),
    language: z.string().trim().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, { message: "must be a language tag such as en" }).default("en"),
    pageSize: z.number().int().min(1).max(500).default(20),
    /** The zone whose midnight starts a date-only article's day (embargoes): an IANA name. */
    timezone: z.string().trim().refine(isTimeZone, { message: "must be an IANA time zone such as Europe/Paris or UTC" }).default("UTC"),
    /** Links added after the built-in ones in every page's header navigation. */
    menu: z.array(menuItem).max(12, { message: "may hold at most 12 items" }).default([]),
    /** One line of plain text in every page's footer (printed escaped: no HTML, no Markdown). */
    footer: z
      .string()
      .trim()
      .max(300)
      .refine((value) => !/[\u0000-\u001f\u007f]/.test(value), { message: "must be one line of plain text" })
      .optional(),
    /** An image shown before the site's title in the header. */
    logo: siteImagePath.optional(),
    /** The social image (og:image) of every page that has no photo of its own. */
    image: siteImagePath.optional(),
    /** The colour of links, rules and the current page: one for both schemes, or one each. */
    accent: z
      .union([hexColour.transform((colour): Accent => ({ light: colour, dark: colour })), z.object({ light: hexColour, dark: hexColour }).strict()], {
        error: "must be a hex colour such as #1a5f7a, or {light, dark} with one hex colour each",
      })
      .optional(),
  })
  .strict();

/** Settings for the whole site. */
export type SiteSettings = z.output<typeof siteSchema>;

/** The settings a site gets when it has no site.yaml. */
export const DEFAULT_SITE: SiteSettings = siteSchema.parse({});

/** What reading site.yaml gives: the settings, the problems, and the line of a top-level key (1 when absent), for problems found later. */
export interface LoadedSiteSettings {
  site: SiteSettings;
  problems: Problem[];
  lineOf: (key: string) => number;
}

/** Reads and validates site.yaml in a content folder; a missing or empty file gives the defaults. */
export function loadSiteSettings(contentDir: string): LoadedSiteSettings {
  const file = path.join(contentDir, "_data", "site.yaml");
  const read = readYamlFile(file);
  const { source } = read;
  const problems = read.problems;
  const lineOf = (key: string) => source?.lineOf([key]) ?? 1;
  if (!source) return { site: DEFAULT_SITE, problems, lineOf };
  const result = siteSchema.safeParse(source.data);
  if (result.success) {
    problems.push(...accentProblems(result.data.accent, file, source.lineOf));
    if (!builtInTable(result.data.language)) {
      problems.push(
        problem("unsupported-language", {
          file,
          line: source.lineOf(["language"]) ?? 1,
          field: "language",
          message: `has no interface strings in Dateline, so pages show them in English (dates still use the language where date-fns knows it)`,
          hint: `use one of ${SUPPORTED_LANGUAGES.join(", ")}, or write every string in your language in _data/strings.yaml`,
        }),
      );
    }
    return { site: result.data, problems, lineOf };
  }
  for (const issue of result.error.issues) {
    const keys = issue.code === "unrecognized_keys" ? issue.keys : [undefined];
    for (const key of keys) {
      const issuePath = key ? [...issue.path, key] : issue.path;
      problems.push(
        problem(
          issue.code === "unrecognized_keys" ? "unknown-field" : "invalid-field",
          {
            file,
            line: source.lineOf(issuePath.filter((k): k is string | number => typeof k !== "symbol")) ?? 1,
            field: issuePath.map(String).join(".") || undefined,
            message: issue.code === "unrecognized_keys" ? "is not a site setting" : issue.message,
            hint: issue.code === "unrecognized_keys" ? unknownKeyHint(issuePath) : (FIELD_HINTS[String(issuePath[0])] ?? SETTINGS_HINT),
          },
          "data",
        ),
      );
    }
  }
  return { site: DEFAULT_SITE, problems, lineOf };
}

const SETTINGS_HINT = "site.yaml may set title, description, url, language, pageSize, timezone, menu, footer, logo, image and accent";

/** How to write each setting whose value is wrong, by its key. */
const FIELD_HINTS: Readonly<Record<string, string>> = {
  timezone: "write an IANA time zone name, e.g. Europe/Paris, Asia/Tokyo or UTC",
  menu: "write a list of items, each with a label and a url: - {label: About, url: /about/}",
  footer: "write one line of plain text, e.g. footer: \"© 2026 Example News. Tips: tips@example.org\"",
  logo: "write the path of a PNG, JPEG, WebP, AVIF or GIF file in the content folder, e.g. logo: _data/logo.png",
  image: "write the path of a PNG, JPEG, WebP, AVIF or GIF file in the content folder, e.g. image: _data/social.png",
  accent: "write a hex colour, e.g. accent: \"#1a5f7a\", or one per scheme: accent: {light: \"#1a5f7a\", dark: \"#7cc4e0\"} (quote it: # starts a YAML comment)",
};

/** The hint for a key site.yaml does not know, at the top level or in a menu item or accent. */
function unknownKeyHint(issuePath: readonly PropertyKey[]): string {
  if (issuePath[0] === "menu") return "a menu item has a label and a url, nothing else";
  if (issuePath[0] === "accent") return "accent takes light and dark, nothing else";
  return SETTINGS_HINT;
}

/** A `low-contrast-accent` error for each scheme whose accent is too faint against the backgrounds links sit on. */
function accentProblems(accent: Accent | undefined, file: string, lineOf: (path: readonly (string | number)[]) => number | undefined): Problem[] {
  if (!accent) return [];
  return (["light", "dark"] as const).flatMap((scheme) => {
    const ratio = worstContrast(accent[scheme], scheme);
    if (ratio >= MIN_TEXT_CONTRAST) return [];
    return [
      problem("low-contrast-accent", {
        file,
        line: lineOf(["accent", scheme]) ?? lineOf(["accent"]) ?? 1,
        field: "accent",
        message: `${accent[scheme]} has a contrast of ${ratio.toFixed(2)}:1 against the ${scheme} scheme's backgrounds; link text needs ${MIN_TEXT_CONTRAST}:1`,
        hint:
          scheme === "light"
            ? "choose a darker colour for the light scheme; one colour rarely suits both schemes, so give one each: accent: {light: \"#1a5f7a\", dark: \"#7cc4e0\"}"
            : "choose a lighter colour for the dark scheme; one colour rarely suits both schemes, so give one each: accent: {light: \"#1a5f7a\", dark: \"#7cc4e0\"}",
      }),
    ];
  });
}

/** True for an absolute http(s) address without credentials or spaces. */
function isWebAddress(value: string): boolean {
  if (/[\s\u0000-\u001f\u007f]/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.username === "" && url.password === "" && url.hostname !== "";
  } catch {
    return false;
  }
}
