// Sets the page's speed to 1x and presses Play, as a person would.
import type { Page } from '@playwright/test';

/** Sets 1x and presses Play, if the page has those controls; says whether it is playing. */
export async function playAtOneX(page: Page): Promise<boolean> {
  const play = page.getByRole('button', { name: 'Play', exact: true });
  const pause = page.getByRole('button', { name: 'Pause', exact: true });
  try {
    await play.or(pause).first().waitFor({ state: 'visible', timeout: 20_000 });
  } catch {
    return false;
  }
  const speed = page.getByRole('combobox', { name: 'Speed' });
  if (await speed.count()) await speed.selectOption('1');
  if (await play.isVisible()) await play.click({ timeout: 10_000 });
  return pause
    .waitFor({ state: 'visible', timeout: 10_000 })
    .then(() => true)
    .catch(() => false);
}
