/** Runs axe-core inside a Playwright page and reports its violations in a form a failing assertion can print. */
import axe from "axe-core";
import type { Page } from "playwright-core";

/** One axe violation, reduced to what a person fixing it needs. */
export interface AxeViolation {
  rule: string;
  impact: string;
  help: string;
  /** CSS selectors of the offending elements (first five). */
  targets: string[];
}

/**
 * The rule sets the reader pages are held to: WCAG 2.0, 2.1 and 2.2 at A and
 * AA, and axe's best practices. Named, because axe leaves some WCAG 2.2 rules
 * (target size among them) off unless asked.
 */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/** Injects axe-core into the page (once) and runs the WCAG 2.2 AA and best-practice rules (`AXE_TAGS`). */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== "undefined");
  if (!loaded) await page.addScriptTag({ content: axe.source });
  const results = await page.evaluate((tags) => (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: "tag", values: tags } }), AXE_TAGS);
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact ?? "unknown",
    help: violation.help,
    targets: violation.nodes.slice(0, 5).map((node) => node.target.join(" ")),
  }));
}
