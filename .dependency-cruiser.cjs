/**
 * The layer rule (docs/architecture.md), held in CI by tests/unit/layers.test.ts:
 * the pure layers (content, yaml, problems, entities, markdown, archive)
 * import nothing from the Eleventy adapter, the search index, the charts, the
 * preview, the editor tools or the commands; only the commands and the
 * preview start Eleventy; and no module imports itself round a cycle.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "pure-layers-stay-pure",
      comment: "content, yaml, problems, entities, markdown and archive are plain functions over plain data: they know nothing of Eleventy, search, charts, the preview, the editor tools or the CLI.",
      severity: "error",
      from: { path: "^src/(content|yaml|problems|entities|markdown|archive)/" },
      to: { path: "^src/(eleventy|search|charts|preview|editor|cli)/" },
    },
    {
      name: "only-cli-and-preview-start-eleventy",
      comment: "Eleventy is started in one place (src/eleventy/new-eleventy.ts), called by the commands and the preview alone.",
      severity: "error",
      from: { pathNot: "^src/(cli|preview)/" },
      to: { path: "^src/eleventy/new-eleventy\\.ts$" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    exclude: { path: "^(node_modules|tests|bench)/" },
  },
};
