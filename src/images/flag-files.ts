/**
 * Country flags as small SVG files from the flag-icons package (MIT), copied
 * into the site at `/flags/<code>.svg` (src/archive/urls.ts) for the countries
 * the archive has and no others. Images rather than emoji, which a browser
 * without a colour-emoji font shows as empty boxes or letter pairs; files
 * rather than inline markup, since one flag is 0.2–14 kB and appears on many
 * pages, where a cached file costs one request once.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { CountryView } from "../archive/model.ts";
import { flagUrl } from "../archive/urls.ts";

/** The package's 4:3 flags, one file per ISO 3166-1 alpha-2 code in lower case. */
export function flagsFolder(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve("flag-icons/package.json")), "flags", "4x3");
}

/** Source file and site path of each country's flag; a code without a flag file (none today) gets none. */
export function flagCopies(countries: readonly Pick<CountryView, "country">[], folder = flagsFolder()): Record<string, string> {
  const copies: Record<string, string> = {};
  for (const { country } of countries) {
    // Codes come from world-countries, but the path is only ever made of two letters.
    if (!/^[A-Za-z]{2}$/.test(country.code)) continue;
    const source = path.join(folder, `${country.code.toLowerCase()}.svg`);
    if (fs.existsSync(source)) copies[source] = flagUrl(country.code);
  }
  return copies;
}

/**
 * Copies the flags of `countries` that `output` lacks, for the preview, which
 * renders only the changed pages when an edit names a new country (a full
 * build copies them with Eleventy's passthrough copy: src/eleventy/flags-plugin.ts).
 */
export function copyFlags(countries: readonly Pick<CountryView, "country">[], output: string): string[] {
  const copied: string[] = [];
  for (const [source, url] of Object.entries(flagCopies(countries))) {
    const target = path.join(output, ...url.split("/").filter(Boolean));
    if (fs.existsSync(target)) continue;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(source, target);
    copied.push(target);
  }
  return copied;
}
