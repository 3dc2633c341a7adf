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
});

test('Without Kafka shows every source wired to every sink, and the counts follow the design', async ({
  app,
}) => {
  await app.open();
  await app.page.getByRole('button', { name: 'Without Kafka' }).click();
  const view = app.page.getByRole('region', { name: 'Without Kafka' });
  await expect(view.getByText('5 × 4 = 20 integrations')).toBeVisible();
  await expect(view.getByText('5 + 4 = 9 connections')).toBeVisible();
  // Back on the canvas, one more source: the point-to-point count grows by a whole row.
  await app.page.getByRole('button', { name: 'With Kafka' }).click();
  await app.canvas.dropFromPalette('Source', { x: 120, y: 40 });
  await app.page.getByRole('button', { name: 'Without Kafka' }).click();
  await expect(view.getByText('6 × 4 = 24 integrations')).toBeVisible();
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
