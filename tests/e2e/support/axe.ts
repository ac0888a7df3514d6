import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.0 and 2.1, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Every axe violation on the page as one readable line per element: rule, impact, what the rule
 * asks, the element's selector and axe's summary of what to fix. Empty when the page passes.
 */
export async function listAxeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return violations.flatMap((v) =>
    v.nodes.map(
      (node) =>
        `${v.id} (${v.impact ?? 'no impact given'}): ${v.help}\n  at ${node.target.join(' ')}\n  ${(node.failureSummary ?? '').replace(/\s+/g, ' ')}`,
    ),
  );
}
