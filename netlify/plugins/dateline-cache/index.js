/**
 * A Netlify build plugin that keeps Dateline's cache folder between deploys
 * with Netlify's own cache utility (`utils.cache`, from @netlify/cache-utils,
 * which Netlify passes to every plugin): restored before the build command,
 * saved after a successful build. Without it every Netlify build starts cold.
 */

/** Restores the folder the last successful build saved (nothing to do on the first build). */
export async function onPreBuild({ inputs, utils }) {
  const restored = await utils.cache.restore(inputs.path);
  console.log(restored ? `Dateline: restored ${inputs.path} from the build cache.` : `Dateline: no cached ${inputs.path} yet; this build starts cold.`);
}

/** Saves the folder for the next build. */
export async function onPostBuild({ inputs, utils }) {
  const saved = await utils.cache.save(inputs.path);
  console.log(saved ? `Dateline: saved ${inputs.path} to the build cache.` : `Dateline: ${inputs.path} is missing; nothing saved.`);
}
