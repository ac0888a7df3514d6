import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.0 and 2.1, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Every axe violation on the page as one readable line per element: rule, impact, what the rule
 * asks, the element's selector and axe's summary of what to fix. Empty when the page passes.
 * By default the WCAG 2.0/2.1 A and AA rules run; `rules` runs exactly those rules instead
 * (including ones axe leaves off by default, such as label-content-name-mismatch).
 */
export async function listAxeViolations(page: Page, { rules }: { rules?: string[] } = {}): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const { violations } = await (rules ? builder.withRules(rules) : builder.withTags(WCAG_TAGS)).analyze();
  return violations.flatMap((v) =>
    v.nodes.map(
      (node) =>
        `${v.id} (${v.impact ?? 'no impact given'}): ${v.help}\n  at ${node.target.join(' ')}\n  ${(node.failureSummary ?? '').replace(/\s+/g, ' ')}`,
    ),
  );
}
