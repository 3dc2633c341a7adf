import type { Page } from '@playwright/test';
import { AppPage } from './pages/appPage';
import { expect, test } from './fixtures';

/** A second tab of the same browser (same localStorage), opened on the design and paused. */
async function openSecondTab(app: AppPage): Promise<AppPage> {
  const other = new AppPage(await app.page.context().newPage());
  await other.open();
  await other.toolbar.button('Pause').click();
  return other;
}

async function pauseClock(page: Page): Promise<void> {
  const now = await page.evaluate<number>('Date.now()');
  // A little ahead, as the page's clock runs on while this is sent on a busy machine.
  await page.clock.pauseAt(Math.max(now, Date.now()) + 10_000);
}

test('two tabs: an edit in one is followed in the other, both ways', async ({ app }) => {
  await app.open();
  await app.toolbar.button('Pause').click();
  const other = await openSecondTab(app);

  // Playwright acts on the tab in front, as a person does.
  await app.page.bringToFront();
  await app.canvas.addFromPalette('Processor');
  await expect(app.canvas.node('Processor', 'Processor 1')).toBeVisible();
  await other.page.bringToFront();
  await expect(other.canvas.node('Processor', 'Processor 1')).toBeVisible();
  await expect(other.toolbar.notice()).toContainText('Updated from another tab');

  await other.canvas.node('Processor', 'Processor 1').click();
  await other.inspector.set('Name', 'Enricher');
  await expect(other.canvas.node('Processor', 'Enricher')).toBeVisible();
  await app.page.bringToFront();
  await expect(app.canvas.node('Processor', 'Enricher')).toBeVisible();
  await expect(app.canvas.nodes()).toHaveCount(14);
  await expect(app.keeping.tabBanner()).toBeHidden();
  await expect(other.keeping.tabBanner()).toBeHidden();
});

/**
 * Both tabs edit at once, as two windows side by side can: the browser's timers are held (Playwright's
 * clock, for every tab of the context), so neither edit is saved yet; then the first tab is left, which
 * saves its edit as it goes (pagehide), while the second still has its own unsaved.
 */
async function editBoth(app: AppPage): Promise<AppPage> {
  await app.page.clock.install();
  await app.open();
  await app.toolbar.button('Pause').click();
  const other = await openSecondTab(app);
  await pauseClock(app.page);
  await other.canvas.addFromPalette('Processor');
  await expect(other.canvas.node('Processor', 'Processor 1')).toBeVisible();
  await app.canvas.addFromPalette('Source');
  await expect(app.canvas.node('Source', 'Source 1')).toBeVisible();
  await app.page.goto('about:blank');
  return other;
}

test('two tabs: edits in both at once are not overwritten without asking; Keep mine wins in both', async ({
  app,
}) => {
  const other = await editBoth(app);
  const banner = other.keeping.tabBanner();
  await expect(banner).toContainText('This design was changed in another tab');
  await other.page.screenshot({ path: test.info().outputPath('tab-conflict-banner.png') });
  // Nothing is overwritten while the person has not chosen, also once the timers run again.
  await other.page.clock.resume();
  await other.canvas.addFromPalette('Topic');
  await expect(other.canvas.node('Processor', 'Processor 1')).toBeVisible();
  await expect(banner).toBeVisible();
  await expect.poll(() => other.keeping.stored('franz.design')).toContain('Source 1');

  await banner.getByRole('button', { name: 'Keep mine' }).click();
  await expect(banner).toBeHidden();
  // The first tab, opened again, has this tab's design.
  await app.open();
  await expect(app.canvas.node('Processor', 'Processor 1')).toBeVisible();
  await expect(app.canvas.node('Source', 'Source 1')).toHaveCount(0);
  await expect(app.keeping.tabBanner()).toBeHidden();
});

test('two tabs: Use theirs takes the other tab’s design, and keeps this one in the backups', async ({
  app,
}) => {
  const other = await editBoth(app);
  const banner = other.keeping.tabBanner();
  await banner.getByRole('button', { name: 'Use theirs' }).click();
  await expect(banner).toBeHidden();
  await other.page.clock.resume();
  await expect(other.canvas.node('Source', 'Source 1')).toBeVisible();
  await expect(other.canvas.node('Processor', 'Processor 1')).toHaveCount(0);
  const backups = JSON.parse((await other.keeping.stored('franz.design.backups')) ?? '[]');
  expect(backups[0].reason).toBe('replaced by the design of another tab');
  expect(backups[0].text).toContain('Processor 1');
});
