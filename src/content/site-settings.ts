/** Site settings from `<content>/_data/site.yaml`: title, description, base URL, language, page size, time zone. */
import path from "node:path";
import { z } from "zod";
import { isTimeZone } from "./embargo.ts";
import { builtInTable, SUPPORTED_LANGUAGES } from "../i18n/languages.ts";
import { problem, type Problem } from "../problems/problems.ts";
import { readYamlFile } from "../yaml/read-yaml-file.ts";

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
      .transform((value) => value.replace(/\/+$/, ""))
      .default("http://localhost:8080"),
    language: z.string().trim().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, { message: "must be a language tag such as en" }).default("en"),
    pageSize: z.number().int().min(1).max(500).default(20),
    /** The zone whose midnight starts a date-only article's day (embargoes): an IANA name. */
    timezone: z.string().trim().refine(isTimeZone, { message: "must be an IANA time zone such as Europe/Paris or UTC" }).default("UTC"),
  })
  .strict();

/** Settings for the whole site. */
export type SiteSettings = z.output<typeof siteSchema>;

/** The settings a site gets when it has no site.yaml. */
export const DEFAULT_SITE: SiteSettings = siteSchema.parse({});

/** Reads and validates site.yaml in a content folder; a missing or empty file gives the defaults. */
export function loadSiteSettings(contentDir: string): { site: SiteSettings; problems: Problem[] } {
  const file = path.join(contentDir, "_data", "site.yaml");
  const { source, problems } = readYamlFile(file);
  if (!source) return { site: DEFAULT_SITE, problems };
  const result = siteSchema.safeParse(source.data);
  if (result.success) {
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
    return { site: result.data, problems };
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
            hint:
              issue.code !== "unrecognized_keys" && issuePath[0] === "timezone"
                ? "write an IANA time zone name, e.g. Europe/Paris, Asia/Tokyo or UTC"
                : "site.yaml may set title, description, url, language, pageSize and timezone",
          },
          "data",
        ),
      );
    }
  }
  return { site: DEFAULT_SITE, problems };
}
