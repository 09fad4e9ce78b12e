/**
 * `npm run check`: validate every article and registry without building.
 * Prints every problem as `path:line: field: message` with a hint, errors
 * first, then warnings; `--json` prints the same findings for tools.
 * Exits 1 when there are errors, 0 otherwise (warnings alone pass), 2 on a usage mistake.
 */
import { parseArgs } from "node:util";
import { checkContent, formatCheckJson, formatCheckText } from "../editor/check-content.ts";
import { parseNow, scheduleOf, UsageError } from "./args.ts";
import { inputProblem } from "./input-guard.ts";
import { formatOverrides, usableOverrides, type UsableOverrides } from "./layout-folder.ts";
import { LayoutOverrideError } from "../eleventy/layout-overrides.ts";

const USAGE = `usage: npm run check [-- --input=<content folder>] [--json] [--allow-empty] [--now=<date-time>] [--future] [--layouts=<folder>]

Checks every article under <content folder>/articles and the registries in
<content folder>/_data (default: content) without building the site, and says
how many articles are scheduled after now (or --now=2030-01-01T09:00:00+01:00).
With --layouts (or DATELINE_LAYOUTS), also parses the layout overrides and lists them.`;

async function main(): Promise<number> {
  let values: { input?: string; json?: boolean; help?: boolean; "allow-empty"?: boolean; now?: string; future?: boolean; layouts?: string };
  let now: number | undefined;
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      options: {
        input: { type: "string" },
        json: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
        "allow-empty": { type: "boolean", default: false },
        now: { type: "string" },
        future: { type: "boolean", default: false },
        layouts: { type: "string" },
      },
      strict: true,
    }));
    now = values.now === undefined ? undefined : parseNow(values.now);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`dateline check: ${error.message}`);
      return 2;
    }
    console.error(`dateline check: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const missing = inputProblem(values.input ?? "content", { allowEmpty: values["allow-empty"] });
  if (missing) {
    console.error(`dateline check: ${missing}.`);
    return 2;
  }
  // Overrides are checked as the build checks them: a folder the build refuses fails the check.
  const layoutsGiven = values.layouts ?? (process.env.DATELINE_LAYOUTS || undefined);
  let overrides: UsableOverrides | undefined;
  try {
    overrides = layoutsGiven === undefined ? undefined : usableOverrides(layoutsGiven, values.input ?? "content");
  } catch (error) {
    if (!(error instanceof LayoutOverrideError)) throw error;
    console.error(`dateline check: ${error.message}`);
    return 1;
  }
  let result;
  try {
    result = await checkContent(values.input ?? "content", scheduleOf({ now, future: values.future ?? false }));
  } catch (error) {
    console.error(`dateline check: ${(error as Error).message}`);
    return 2;
  }
  const failed = result.errors.length > 0;
  // `npm run check --json` (no `--`) makes npm take the flag itself and set npm_config_json=true instead.
  const json = values.json || process.env.npm_config_json === "true";
  if (json) {
    const found = JSON.parse(formatCheckJson(result)) as Record<string, unknown>;
    if (overrides) found.layouts = { folder: overrides.folder, overrides: overrides.overrides.map(({ name, replacesBuiltIn }) => ({ name, replacesBuiltIn })) };
    console.log(JSON.stringify(found, null, 2));
  } else {
    const text = overrides ? `${formatOverrides(overrides)}\n\n${formatCheckText(result)}` : formatCheckText(result);
    (failed ? console.error : console.log)(text);
  }
  return failed ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
