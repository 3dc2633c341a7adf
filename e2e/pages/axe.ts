import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The WCAG 2.0 and 2.1 rules at levels A and AA: what "accessible" means for Franz. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe-core on the page as it is now (or on `part` of it, a CSS selector) and fails on any serious or critical violation, saying which screen,
 * which rule and which elements, so a failure reads without a trace.
 */
export async function expectNoSeriousViolations(page: Page, screen: string, part?: string): Promise<void> {
  const builder = new AxeBuilder({ page });
  if (part) builder.include(part);
  // Only the violations are collected in full: less for axe-core to gather and send back from a large page.
  const { violations } = await builder
    .withTags(WCAG_TAGS)
    .options({ resultTypes: ['violations'] })
    .analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious.map(
    (v) =>
      `${screen}: ${v.id} (${v.impact}) ${v.help}\n` +
      v.nodes
        .slice(0, 6)
        .map((n) => `    ${n.target.join(' ')}  ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`)
        .join('\n') +
      (v.nodes.length > 6 ? `\n    … and ${v.nodes.length - 6} more` : ''),
  );
  expect(serious.length, `serious or critical violations:\n${report.join('\n')}`).toBe(0);
}
