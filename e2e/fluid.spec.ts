import { expect, test } from './fixtures';

test('a speed above 100x runs the fluid mode: the page says so, and simulated hours pass in seconds', async ({
  app,
}) => {
  await app.open();
  await app.waitForClock(2);
  await app.setSpeed('3600x fluid');
  // The run starts again in the fluid mode, and the page says what changed.
  await expect(
    app.page.getByRole('status').or(app.alert()).filter({ hasText: 'The fluid mode runs: flows as rates' }),
  ).toBeVisible();
  await expect(app.toolbar.speed).toHaveValue('fluid:3600');
  // An hour of the article's pipeline: the clock reads h:mm:ss.
  await app.waitForClock(3600);
  await expect(app.toolbar.clock).toHaveText(/^\d+:\d\d:\d\d$/);
  // Back to every record: a new run, at 100x at most.
  await app.setSpeed('10x');
  await expect(app.toolbar.speed).toHaveValue('10');
  await expect.poll(() => app.toolbar.seconds()).toBeLessThan(3600);
});
