import { expect, test } from './fixtures';
import { SIMULATED_TIME } from './patience';

test('build a pipeline from an empty canvas by dragging and connecting, then watch it run', async ({
  app,
}) => {
  await app.open();
  await app.canvas.clear();
  await app.canvas.dropFromPalette('Source', { x: 120, y: 150 });
  await app.canvas.dropFromPalette('Topic', { x: 420, y: 150 });
  await app.canvas.dropFromPalette('Sink', { x: 720, y: 150 });
  const source = app.canvas.node('Source', 'Source 1');
  const topic = app.canvas.node('Topic', 'topic-1');
  const sink = app.canvas.node('Sink', 'Sink 1');
  await expect(source).toBeVisible();
  await expect(topic).toBeVisible();
  await expect(sink).toBeVisible();

  // A source wired straight to a sink is refused with a hint.
  await app.canvas.connect(source, sink);
  // A notice among the page's statuses (the clock's caption is one too when the machine falls behind).
  await expect(
    app.page.getByRole('status').or(app.alert()).filter({ hasText: 'put a topic between them' }),
  ).toBeVisible();
  await expect(app.canvas.edges()).toHaveCount(0);

  await app.canvas.connect(source, topic);
  await app.canvas.connect(topic, sink);
  await expect(app.canvas.edges()).toHaveCount(2);

  // The new group forms and its lag shows.
  await expect(sink).toContainText('Stable', SIMULATED_TIME);
  await expect(sink.getByText(/^lag [\d,]+$/)).toBeVisible();
  await expect(topic.locator('.lane')).toHaveCount(3);
});

test('a Partition dropped on a topic adds a partition and warns that keys move', async ({ app }) => {
  await app.open();
  const topic = app.canvas.node('Topic', 'payments');
  await expect(topic.locator('.lane')).toHaveCount(3);
  await app.canvas.dropPartitionOn(topic);
  await expect(topic.locator('.lane')).toHaveCount(4);
  await expect(app.page.getByText(/murmur2\(key\) % 4/).first()).toBeVisible();
});
