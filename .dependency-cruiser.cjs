/**
 * The layer rule (docs/architecture.md), held in CI by tests/unit/layers.test.ts:
 * the pure layers (content, yaml, problems, entities, markdown, archive, i18n)
 * import nothing from the Eleventy adapter, the search index, the charts, the
 * preview, the editor tools or the commands; only the commands and the
 * preview start Eleventy; src/util, the generic helpers every layer may use,
 * imports nothing of Dateline's own; and no module imports itself round a cycle.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "pure-layers-stay-pure",
      comment: "content, yaml, problems, entities, markdown, archive and i18n are plain functions over plain data: they know nothing of Eleventy, search, charts, the preview, the editor tools or the CLI.",
      severity: "error",
      from: { path: "^src/(content|yaml|problems|entities|markdown|archive|i18n|open-data)/" },
      to: { path: "^src/(eleventy|search|charts|preview|editor|cli)/" },
    },
    {
      name: "only-cli-and-preview-start-eleventy",
      comment: "Eleventy is started in one place (src/eleventy/new-eleventy.ts), called by the commands and the preview alone.",
      severity: "error",
      from: { pathNot: "^src/(cli|preview)/" },
      to: { path: "^src/eleventy/new-eleventy\\.ts$" },
    },
    {
      name: "util-is-the-floor",
      comment: "src/util holds generic helpers that content, problems, entities, archive and everything above use: it imports no other folder of src, so it can never pull a layer in.",
      severity: "error",
      from: { path: "^src/util/" },
      to: { path: "^src/", pathNot: "^src/util/" },
    },
    {
      name: "no-circular",
      comment: "No module imports itself round a cycle, not even through type-only imports: a cycle means two modules are one job, or a shared shape belongs in a module both import (the archive's shapes are in src/archive/model.ts).",
      severity: "error",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    exclude: { path: "^(node_modules|tests|bench)/" },
  },
};
