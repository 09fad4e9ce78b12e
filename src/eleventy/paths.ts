/** Where Dateline's own files are, whatever folder it is run from or builds. */
import { fileURLToPath } from "node:url";

/** The project root (the folder holding package.json). */
export const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Nunjucks layouts and partials. */
export const LAYOUTS_DIR = fileURLToPath(new URL("../../layouts/", import.meta.url));

/** Static files copied to the site root as they are. */
export const PUBLIC_DIR = fileURLToPath(new URL("../../public/", import.meta.url));
