import { expect, test } from './fixtures';

test('a paused source stops sending and says so on the canvas; resumed, it sends again', async ({ app }) => {
  await app.open();
  const crm = app.canvas.node('Source', 'CRM');
  await crm.click();
  await app.waitForClock(2);
  await app.inspector.button('Pause source').click();
  await expect(crm.getByText('paused', { exact: true })).toBeVisible();

  // Records already sent are acknowledged; after that the count holds still.
  const acked = app.canvas.figure(crm, 'acked');
  await app.waitForClock((await app.toolbar.seconds()) + 3);
  const held = await acked.textContent();
  await app.waitForClock((await app.toolbar.seconds()) + 3);
  await expect(acked).toHaveText(held!);

  await app.inspector.button('Resume source').click();
  await expect(crm.getByText('paused', { exact: true })).toBeHidden();
  await expect(acked).not.toHaveText(held!, { timeout: 30_000 });
});

test('one consumer of a sink slowed to a tenth of its pace, then restored', async ({ app }) => {
  await app.open();
  await app.canvas.node('Sink', 'Email').click();
  await app.waitForClock(8);
  const events = app.page.getByRole('region', { name: 'Recent events' });
  await app.inspector.button('Slow a consumer').click();
  await expect(events).toContainText(/email-consumer-\d+ slowed to \d+ records\/s/);
  await app.inspector.button('Restore consumer speed').click();
  await expect(events).toContainText(/email-consumer-\d+ back to the group's processing rate/);
});
