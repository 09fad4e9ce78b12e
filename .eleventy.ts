// Eleventy's configuration, for running Eleventy by hand on content/:
//   npx tsx node_modules/@11ty/eleventy/cmd.cjs --config=.eleventy.ts
// `npm run build` and `npm start` do not read this file: they start Eleventy
// in src/eleventy/new-eleventy.ts with the archive they loaded and checked.
// Here the configuration loads the archive itself. Eleventy's input is an
// empty folder of its own: it never reads the content folder (docs/security.md).
import { fileURLToPath } from "node:url";
import { loadArchive } from "./src/cli/load-archive.ts";
import { emptyInputFolder } from "./src/eleventy/empty-input.ts";
import { copyPhotos } from "./src/images/copy-photos.ts";
import datelinePlugin from "./src/eleventy/plugin.ts";

export default async function (eleventyConfig: Parameters<typeof datelinePlugin>[0]) {
  // As `npm run build` without --now: published as of the real clock, scheduled articles left out.
  const { archive, photos } = await loadArchive(fileURLToPath(new URL("./content/", import.meta.url)), { now: Date.now(), future: false });
  eleventyConfig.addPlugin(datelinePlugin, { archive });
  // The published articles' processed photos, into the site's /img/ (as build.ts puts them).
  eleventyConfig.on("eleventy.after", ({ dir }: { dir: { output: string } }) => {
    copyPhotos(photos.files, photos.folder, dir.output);
  });
}

export const config = {
  dir: { input: emptyInputFolder(), output: "_site" },
};
