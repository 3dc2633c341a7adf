import { expect, test } from './fixtures';
import { SIMULATED_TIME } from './patience';

// The article pipeline: IoT sensors write 1,000 records/s to `telemetry`, which Analytics (4 consumers of 600
// records/s each, cooperative-sticky) reads with `user-events`. On one telemetry partition a single consumer takes
// all 1,000 records/s and falls behind; on two, two consumers share them; on four, the load spreads further.
test('a sweep of telemetry partitions shows its progress, and max lag falls as the partitions grow', async ({
  app,
}) => {
  await app.open();
  await app.whatIf.openSweep();
  await app.whatIf.sweep('telemetry · partitions', '1,2,4', '5 min');
  const status = app.whatIf.status(app.whatIf.sweepRoot);
  await expect(status).toHaveText(/^[123] of 3 values, \d+%$/);
  await expect(app.whatIf.sweepRoot.getByRole('progressbar', { name: 'Progress' })).toBeVisible();
  await expect(status).toHaveText('Done.', SIMULATED_TIME);
  await expect(app.whatIf.sweepTable().getByRole('row')).toHaveCount(4);
  const lag = [
    await app.whatIf.sweepFigure('1', 'max lag'),
    await app.whatIf.sweepFigure('2', 'max lag'),
    await app.whatIf.sweepFigure('4', 'max lag'),
  ];
  expect(lag[0]).toBeGreaterThan(lag[1]!);
  expect(lag[1]).toBeGreaterThan(lag[2]!);
  await expect(app.whatIf.chart(app.whatIf.sweepRoot)).toBeVisible();
  await expect(app.whatIf.chart(app.whatIf.sweepRoot).locator('.recharts-line-dot')).toHaveCount(3);
});

// Analytics reads telemetry and user-events, about 1,650 records/s, at 600 records/s per consumer. Telemetry's
// partitions and Analytics' consumers set to the same value: one consumer falls behind fastest, two still fall
// behind, four and eight keep up.
test('a sweep of telemetry partitions together with the consumers reading them: max lag falls as both grow', async ({
  app,
}) => {
  await app.open();
  await app.whatIf.openSweep();
  await app.whatIf.sweepTogether('telemetry · partitions', ['Analytics · consumers'], '1..8', '1 min');
  await expect(app.whatIf.sweepRoot.getByLabel('and set to the same value', { exact: true })).toHaveValue(
    'nodes.analytics.consumers',
  );
  await expect(
    app.whatIf.sweepRoot.getByRole('heading', { name: 'Sweep 2 settings together' }),
  ).toBeVisible();
  const status = app.whatIf.status(app.whatIf.sweepRoot);
  await expect(status).toHaveText(/^[1234] of 4 values, \d+%$/);
  await expect(app.whatIf.sweepRoot.getByRole('progressbar', { name: 'Progress' })).toBeVisible();
  await expect(status).toHaveText('Done.', SIMULATED_TIME);
  const table = app.whatIf.sweepTable();
  await expect(table.getByRole('columnheader').first()).toHaveText(
    'telemetry · partitions = Analytics · consumers',
  );
  await expect(table.getByRole('row')).toHaveCount(5);
  const lag: number[] = [];
  for (const value of ['1', '2', '4', '8']) lag.push(await app.whatIf.sweepFigure(value, 'max lag'));
  expect(lag[0]).toBeGreaterThan(lag[1]!);
  expect(lag[1]).toBeGreaterThan(lag[2]!);
  expect(lag[2]).toBeGreaterThan(lag[3]!);
  await expect(app.whatIf.chart(app.whatIf.sweepRoot)).toBeVisible();
  await expect(app.whatIf.chart(app.whatIf.sweepRoot).locator('.recharts-line-dot')).toHaveCount(4);
});

test('a sweep value the design rules refuse says why, and the others run', async ({ app }) => {
  await app.open();
  await app.whatIf.openSweep();
  await app.whatIf.sweep('payments · partitions', '0,3', '30 s');
  await expect(app.whatIf.status(app.whatIf.sweepRoot)).toHaveText('Done.', SIMULATED_TIME);
  await expect(app.whatIf.sweepTable()).toContainText('refused: nodes[6].config.partitions: must be >= 1');
  expect(await app.whatIf.sweepFigure('3', 'records lost')).toBe(0);
});

test('Cancel stops a long sweep at once, and the view can run again', async ({ app }) => {
  await app.open();
  await app.whatIf.openSweep();
  await app.whatIf.sweep('telemetry · partitions', '1..48', '1 h');
  const status = app.whatIf.status(app.whatIf.sweepRoot);
  await expect(status).toHaveText(/^1 of 7 values, \d+%$/);
  await app.whatIf.sweepRoot.getByRole('button', { name: 'Cancel' }).click();
  await expect(status).toHaveText('Cancelled.');
  await expect(app.whatIf.sweepRoot.getByRole('button', { name: 'Run sweep' })).toBeEnabled();
  await expect(app.whatIf.sweepTable()).toHaveCount(0);
});

// A is the article pipeline; B the same with one Analytics consumer instead of four: 1,650 records/s for 600.
test('compare: keep as A, take Analytics down to one consumer, and B lags more than A', async ({ app }) => {
  await app.open();
  await app.whatIf.openCompare();
  await expect(app.whatIf.compareRoot).toContainText('No design kept as A yet.');
  await app.whatIf.keepAsA();
  await expect(app.whatIf.compareRoot).toContainText('B (the design on the canvas) is the same as A so far');

  await app.whatIf.openCanvas();
  await app.canvas.node('Sink', 'Analytics').click();
  await app.inspector.set('Consumers', '1');
  await app.whatIf.openCompare();
  await expect(app.whatIf.compareRoot).toContainText('Analytics: consumers 4 → 1');

  await app.whatIf.compare('1 min');
  await expect(app.whatIf.status(app.whatIf.compareRoot)).toHaveText('Done.', SIMULATED_TIME);
  const [a, b, difference] = await app.whatIf.compareRow('max lag');
  expect(Number(b!.replace(/,/g, ''))).toBeGreaterThan(Number(a!.replace(/,/g, '')));
  expect(difference).toMatch(/^\+[\d,]+ worse$/);
  const [, p99b, p99difference] = await app.whatIf.compareRow('p99 latency (ms)');
  expect(p99b).not.toBe('-');
  expect(p99difference).toMatch(/worse$/);
  await expect(app.whatIf.chart(app.whatIf.compareRoot)).toBeVisible();
});
