import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { AppPage } from './pages/appPage';

/**
 * Test setup only, injected by the test and never shipped: while `window.breakNumbers` is set, reading
 * Intl.NumberFormat's `format` throws, as a browser lacking the API would. The canvas's live figures use it.
 */
const BREAKABLE_NUMBERS = `(() => {
  const proto = Intl.NumberFormat.prototype;
  const original = Object.getOwnPropertyDescriptor(proto, 'format');
  Object.defineProperty(proto, 'format', {
    configurable: true,
    get() {
      if (window.breakNumbers) throw new Error('Intl.NumberFormat is not available');
      return original.get.call(this);
    },
  });
})()`;

const setBroken = (page: Page, broken: boolean) => page.evaluate(`window.breakNumbers = ${broken}`);

/** Opens the example paused, lets it be drawn as the last design that worked, then breaks the canvas on an edit. */
async function breakTheCanvasOnAnEdit(app: AppPage): Promise<void> {
  await app.page.addInitScript(BREAKABLE_NUMBERS);
  await app.open();
  await app.toolbar.button('Pause').click();
  await expect.poll(() => app.keeping.stored('franz.design.lastGood')).not.toBeNull();
  await setBroken(app.page, true);
  await app.canvas.dropFromPalette('Processor', { x: 40, y: 40 });
  const failed = app.keeping.partError('The canvas');
  await expect(failed).toContainText('The canvas could not be drawn');
  await expect(failed).toContainText('Intl.NumberFormat is not available');
  await expect(failed.getByRole('button', { name: 'Try again' })).toBeVisible();
}

test('a part that fails to draw says why, the rest goes on, and the last design that worked opens', async ({
  app,
}) => {
  await breakTheCanvasOnAnEdit(app);
  // The error stays in its part: the palette, the toolbar and the design's name are still there.
  await expect(app.page.getByRole('navigation', { name: 'Palette' })).toBeVisible();
  await expect(app.toolbar.button('Play')).toBeVisible();
  await app.page.screenshot({ path: test.info().outputPath('part-error.png') });

  await setBroken(app.page, false);
  await app.keeping
    .partError('The canvas')
    .getByRole('button', { name: 'Open the last design that worked' })
    .click();
  await expect(app.keeping.partError('The canvas')).toBeHidden();
  await expect(app.canvas.node('Sink', 'Database')).toBeVisible();
  await expect(app.canvas.nodes()).toHaveCount(13);
  await expect(app.toolbar.notice()).toContainText('Opened the last design that worked');
  const backups = JSON.parse((await app.keeping.stored('franz.design.backups')) ?? '[]');
  expect(backups[0].reason).toContain('it failed to draw: Intl.NumberFormat is not available');
  expect(backups[0].text).toContain('Processor 1');
});

test('a design that failed to draw is not what the next visit opens; it is kept in the backups', async ({
  app,
}) => {
  await breakTheCanvasOnAnEdit(app);
  await app.reload();
  await expect(app.alert()).toContainText('failed to draw (Intl.NumberFormat is not available)');
  await expect(app.alert()).toContainText('the last design that worked is open instead');
  await expect(app.canvas.node('Sink', 'Database')).toBeVisible();
  await expect(app.canvas.nodes()).toHaveCount(13);
  const backups = JSON.parse((await app.keeping.stored('franz.design.backups')) ?? '[]');
  expect(backups[0].text).toContain('Processor 1');
});
