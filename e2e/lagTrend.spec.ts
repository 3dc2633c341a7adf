import { expect, test } from './fixtures';
import { SIMULATED_TIME } from './patience';

test('a sink shows its lag in time, and its trend: growing while slow, then draining with a drain time', async ({
  app,
}) => {
  await app.open();
  const analytics = app.canvas.node('Sink', 'Analytics');
  // The lag in time sits beside the lag in records on the node.
  await expect(analytics.getByText(/^(\d+ s|under 1 s) behind$/)).toBeVisible(SIMULATED_TIME);

  await analytics.click();
  const stats = app.inspector.root.getByRole('definition');
  await app.setSpeed('10x');
  // 4 consumers at 300 records/s cannot keep up with the 1,650 records/s of its two topics.
  await app.inspector.set('Processing rate', '300');
  await expect(stats.filter({ hasText: 'growing' })).toBeVisible(SIMULATED_TIME);
  await expect(app.inspector.root.getByText(/^\d+ s behind$/)).toBeVisible();
  // At 500 records/s each they outpace the producers by about 350 records/s: the backlog drains.
  const from = await app.toolbar.seconds();
  await app.waitForClock(from + 30);
  await app.inspector.set('Processing rate', '500');
  await expect(stats.filter({ hasText: 'draining' })).toBeVisible(SIMULATED_TIME);
  await expect(stats.filter({ hasText: /^(about \d+ (s|min)|under a second)$/ })).toBeVisible();
});
