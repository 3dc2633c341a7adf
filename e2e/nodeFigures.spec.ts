import { expect, test } from './fixtures';
import { SIMULATED_TIME } from './patience';

test('figures on nodes stay apart in millions: abbreviated, the exact count in the tooltip', async ({
  app,
}) => {
  await app.open();
  const sensors = app.canvas.node('Source', 'IoT sensors');
  // 50,000 records/s at 100x: millions acknowledged within seconds, beside "lost 0".
  await sensors.click();
  await app.inspector.set('Rate', '50000');
  await app.setSpeed('100x');
  const acked = app.canvas.figure(sensors, 'acked');
  await expect(acked).toHaveText(/^\d\.\d\dM$/, SIMULATED_TIME);
  // The exact count is a hover away.
  const item = sensors.getByRole('group', { name: 'Delivery' }).locator('.figures__item').first();
  await expect(item).toHaveAttribute('title', /^acked \d,\d{3},\d{3}: /);
  expect(await app.canvas.collidingTexts()).toEqual([]);
  // Still apart a little later, while every count keeps growing.
  await app.waitForClock((await app.toolbar.seconds()) + 60);
  expect(await app.canvas.collidingTexts()).toEqual([]);
});
