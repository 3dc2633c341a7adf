import { expect, test } from './fixtures';
import { SIMULATED_TIME } from './patience';

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
  await expect.poll(() => app.canvas.lag(email), SIMULATED_TIME).toBeGreaterThan(early + 2000);
  const grown = await app.canvas.lag(email);

  // Six consumers at 100 records/s drain it: the group rebalances and lag falls.
  await app.inspector.set('Processing rate', '100');
  await app.inspector.set('Consumers', '6');
  await expect.poll(() => app.canvas.lag(email), SIMULATED_TIME).toBeLessThan(grown / 2);
  await expect(email).toContainText('Stable');
});

test('an impossible config value is refused in plain words, and the field returns to the value in force', async ({
  app,
}) => {
  await app.open();
  await app.canvas.node('Topic', 'payments').click();
  await app.inspector.set('Partitions', '0');
  await expect(app.inspector.alert()).toHaveText('Partitions must be at least 1');
  await expect(app.inspector.field('Partitions')).toHaveValue('3');
  await expect(app.canvas.node('Topic', 'payments').locator('.lane')).toHaveCount(3);

  // Typed key by key, as a person does: the message shows, and on Enter the rate in force comes back.
  await app.canvas.node('Source', 'CRM').click();
  const rate = app.inspector.field('Rate');
  await rate.click();
  await rate.press('ControlOrMeta+a');
  await rate.pressSequentially('-5');
  await expect(app.inspector.alert()).toHaveText('Rate must be at least 0');
  await rate.press('Enter');
  await expect(rate).toHaveValue('10');
  await expect(app.inspector.alert()).toHaveText('Rate must be at least 0');
  await expect(app.canvas.node('Source', 'CRM')).toContainText('10 rec/s');
  // A whole number where one belongs.
  await app.canvas.node('Sink', 'Email').click();
  await app.inspector.set('Consumers', '2.5');
  await expect(app.inspector.alert()).toHaveText('Consumers must be a whole number');
  await expect(app.inspector.field('Consumers')).toHaveValue('2');
});

test('undo and redo a change to the design', async ({ app }) => {
  await app.open();
  const crm = app.canvas.node('Source', 'CRM');
  await crm.click();
  await app.inspector.set('Rate', '80');
  await expect(crm).toContainText('80 rec/s');
  await app.toolbar.button('Undo').click();
  await expect(crm).toContainText('10 rec/s');
  await expect(app.inspector.field('Rate')).toHaveValue('10');
  await app.toolbar.button('Redo').click();
  await expect(crm).toContainText('80 rec/s');
});
