import { expect, test } from './fixtures';

test('the app opens on the article pipeline, already running, with lag on every sink', async ({ app }) => {
  await app.open();
  for (const name of ['Web app', 'Mobile app', 'Payments', 'IoT sensors', 'CRM'])
    await expect(app.canvas.node('Source', name)).toBeVisible();
  for (const name of ['Database', 'Analytics', 'Email', 'Search']) {
    const sink = app.canvas.node('Sink', name);
    await expect(sink).toBeVisible();
    await expect(sink.getByText(/^lag [\d,]+$/)).toBeVisible();
  }
  await expect(app.canvas.node('Topic', 'user-events')).toBeVisible();
  await app.waitForClock(8);
  await expect(app.canvas.node('Sink', 'Database')).toContainText('Stable');
  // The charts load after the canvas, in their own chunk, and fill in.
  const dock = app.page.getByRole('region', { name: 'Charts' });
  for (const chart of ['Throughput', 'Lag per group', 'Lag per partition', 'Delivery'])
    await expect(dock.getByRole('figure', { name: chart })).toBeVisible();
  await expect(dock.getByRole('figure', { name: 'Throughput' }).getByRole('listitem').first()).toBeVisible();
});

test('Without Kafka counts the integrations the design really wires, and follows the wiring', async ({
  app,
}) => {
  await app.open();
  const view = app.page.getByRole('region', { name: 'Without Kafka' });
  const openView = () => app.page.getByRole('button', { name: 'Without Kafka' }).click();
  const backToCanvas = () => app.page.getByRole('button', { name: 'With Kafka' }).click();
  await openView();
  // The article pipeline's sinks each read some of the topics: 12 of the 5 × 4 source–sink pairs meet.
  await expect(view.getByText('12 integrations', { exact: true })).toBeVisible();
  await expect(view.getByText('5 + 4 = 9 connections')).toBeVisible();
  await expect(view).toContainText('Only 12 of the 5 × 4 = 20 source–sink pairs exchange records');

  // A new source wired to nothing adds no integration and no connection, and the view says why.
  await backToCanvas();
  await app.canvas.dropFromPalette('Source', { x: 40, y: 40 });
  await openView();
  await expect(view.getByText('12 integrations', { exact: true })).toBeVisible();
  await expect(view.getByText('5 + 4 = 9 connections')).toBeVisible();
  await expect(view).toContainText('1 endpoint is not connected to any topic yet.');

  // Wired to telemetry, which Analytics reads: one more integration, one more connection.
  await backToCanvas();
  await app.canvas.connect(app.canvas.node('Source', 'Source 1'), app.canvas.node('Topic', 'telemetry'));
  await expect(app.canvas.edges()).toHaveCount(15);
  await openView();
  await expect(view.getByText('13 integrations', { exact: true })).toBeVisible();
  await expect(view.getByText('6 + 4 = 10 connections')).toBeVisible();
});

test('a keyboard user can reach a node and its inspector', async ({ app }) => {
  await app.open();
  const sink = app.canvas.node('Sink', 'Database');
  await sink.focus();
  await app.page.keyboard.press('Enter');
  await expect(app.inspector.root.getByRole('heading', { name: 'Sink: Database' })).toBeVisible();
  await expect(app.inspector.field('Consumers')).toHaveValue('3');
});
