// Eleventy's configuration: thin on purpose. Everything lives in src/site.
import datelinePlugin from "./src/site/plugin.ts";

export default function (eleventyConfig: Parameters<typeof datelinePlugin>[0]) {
  eleventyConfig.addPlugin(datelinePlugin);
}

export const config = {
  // Only for running Eleventy directly; `npm run build` passes its own folders.
  dir: { input: "content" },
};
