import { expect, test } from './fixtures';

test('lag grows when consumers are slower than producers and falls when consumers are added', async ({
  app,
}) => {
  await app.open();
  await app.canvas.node('Sink', 'Email').click();
  // Email reads payments and customers (about 60 records/s); two consumers at 10 records/s cannot keep up.
  await app.inspector.set('Processing rate', '10');
  await app.setSpeed('25x');
  const email = app.canvas.node('Sink', 'Email');
  const early = await app.canvas.lag(email);
  await expect.poll(() => app.canvas.lag(email), { timeout: 20_000 }).toBeGreaterThan(early + 2000);
  const grown = await app.canvas.lag(email);

  // Six consumers at 100 records/s drain it: the group rebalances and lag falls.
  await app.inspector.set('Processing rate', '100');
  await app.inspector.set('Consumers', '6');
  await expect.poll(() => app.canvas.lag(email), { timeout: 30_000 }).toBeLessThan(grown / 2);
  await expect(email).toContainText('Stable');
});

test('an impossible config value is refused with a message and changes nothing', async ({ app }) => {
  await app.open();
  await app.canvas.node('Topic', 'payments').click();
  await app.inspector.set('Partitions', '0');
  await expect(app.inspector.alert()).toContainText('must be >= 1');
  await expect(app.canvas.node('Topic', 'payments').locator('.lane')).toHaveCount(3);

  await app.canvas.node('Source', 'CRM').click();
  await app.inspector.set('Rate', '-5');
  await expect(app.inspector.alert()).toContainText('must be >= 0');
});

test('undo and redo a change to the design', async ({ app }) => {
  await app.open();
  await app.canvas.node('Topic', 'payments').click();
  await app.inspector.set('Partitions', '5');
  await expect(app.canvas.node('Topic', 'payments').locator('.lane')).toHaveCount(5);
  await app.toolbar.button('Undo').click();
  await expect(app.canvas.node('Topic', 'payments').locator('.lane')).toHaveCount(3);
  await app.toolbar.button('Redo').click();
  await expect(app.canvas.node('Topic', 'payments').locator('.lane')).toHaveCount(5);
});
