// Eleventy's configuration: thin on purpose. Everything lives in src/eleventy; the
// archive to render is handed in by src/eleventy/new-eleventy.ts, the one place
// Dateline starts Eleventy (Eleventy never reads the content folder itself).
import datelinePlugin from "./src/eleventy/plugin.ts";

export default function (eleventyConfig: Parameters<typeof datelinePlugin>[0]) {
  eleventyConfig.addPlugin(datelinePlugin);
}
