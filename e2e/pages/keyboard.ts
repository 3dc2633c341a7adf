import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus, as a keyboard user walks the page; fails after
 * `limit` presses, so a control that Tab never reaches is a failure, not a hang.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  { backward = false, limit = 80 } = {},
): Promise<void> {
  await expect(target).toBeVisible();
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === el.ownerDocument.activeElement)) return;
    await page.keyboard.press(backward ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(
    `${String(target)} was not reached in ${limit} presses of ${backward ? 'Shift+Tab' : 'Tab'}`,
  );
}
