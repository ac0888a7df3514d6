import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import axe from 'axe-core';

/** Every rule axe-core has, including the experimental ones and AAA contrast, which it runs only when asked. */
export const EVERY_AXE_RULE = axe.getRules().map((r) => r.ruleId);

/**
 * Every violation of any axe rule on the page, one readable line per element (empty when the
 * page passes). `exclude` leaves out elements by CSS selector, for a defect tracked elsewhere.
 */
export async function listEveryRuleViolation(page: Page, exclude: string[] = []): Promise<string[]> {
  // Blocks below the fold are laid out only as they near the viewport (`.render-near`), and axe
  // judges sizes, spacing and contrast from layout: every block is laid out first, as it is
  // once scrolled to, so all of the page is audited.
  await page.evaluate(() => document.querySelectorAll<HTMLElement>('.render-near').forEach((el) => (el.style.contentVisibility = 'visible')));
  let builder = new AxeBuilder({ page }).withRules(EVERY_AXE_RULE);
  for (const selector of exclude) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  return violations.flatMap((v) =>
    v.nodes.map(
      (node) =>
        `${v.id} (${v.impact ?? 'no impact given'}): ${v.help}\n  at ${node.target.join(' ')}\n  ${(node.failureSummary ?? '').replace(/\s+/g, ' ')}`,
    ),
  );
}
