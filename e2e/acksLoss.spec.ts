import { expect, test } from './fixtures';
import { SIMULATED_TIME } from './patience';

test('acks=1 loses acknowledged records when a leader dies ahead of its throttled followers', async ({
  app,
  page,
}) => {
  await app.open();
  const sensors = app.canvas.node('Source', 'IoT sensors');
  // 5 MB/s of telemetry, acknowledged by the leader alone: far more than a throttled follower can fetch.
  await sensors.click();
  await app.inspector.set('Rate', '50000');
  await app.inspector.field('Acks').selectOption({ label: '1 (leader)' });

  await app.cluster.open();
  // Paused from here to the kill, and stepped: the kill lands 6 simulated seconds after the throttle however
  // long the clicks take, well inside the 30 s the lagging followers stay in the ISR (replica.lag.time.max.ms).
  await app.pause();
  // The followers on brokers 2 and 3 can take 1 MB/s: they fall behind but stay in the ISR for 30 s.
  for (const id of [2, 3])
    await page
      .getByRole('combobox', { name: `Throttle broker ${id}`, exact: true })
      .selectOption({ label: '1 MB/s' });
  await app.step(6);
  await app.cluster.kill(1);
  await app.play();
  await expect(app.cluster.status(1)).toHaveText('fenced', SIMULATED_TIME);

  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'With Kafka' }).click();
  const lost = app.canvas.figure(sensors, 'lost');
  await expect
    .poll(async () => Number(((await lost.textContent()) ?? '').replace(/[^\d]/g, '')), SIMULATED_TIME)
    .toBeGreaterThan(0);
  // The sources that kept acks=all lost nothing.
  await expect(app.canvas.figure(app.canvas.node('Source', 'Web app'), 'lost')).toHaveText('0');
});
