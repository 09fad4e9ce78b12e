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

/** Injects axe-core into the page (once) and runs every rule axe enables by default, best practices included. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== "undefined");
  if (!loaded) await page.addScriptTag({ content: axe.source });
  const results = await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run(document));
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact ?? "unknown",
    help: violation.help,
    targets: violation.nodes.slice(0, 5).map((node) => node.target.join(" ")),
  }));
}
