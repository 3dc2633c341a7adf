import { expect, test } from './fixtures';
import { SIMULATED_TIME } from './patience';

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
  await expect(acked).not.toHaveText(held!, SIMULATED_TIME);
});

test('the picked consumer of a sink slowed to a tenth of its pace, then restored', async ({ app }) => {
  await app.open();
  await app.canvas.node('Sink', 'Email').click();
  const second = app.inspector.member('email-consumer-2');
  await expect(app.inspector.memberCount()).toHaveText('Members 2', SIMULATED_TIME);
  const events = app.page.getByRole('region', { name: 'Recent events' });
  // Email processes 200 records/s per consumer: slowed, the second one does 20.
  await app.inspector.button('Slow email-consumer-2').click();
  await expect(events).toContainText('email-consumer-2 slowed to 20 records/s');
  await expect(second).toContainText('slowed to 20 records/s');
  await expect(app.inspector.member('email-consumer-1')).not.toContainText('slowed');
  await app.inspector.button('Restore email-consumer-2').click();
  await expect(events).toContainText("email-consumer-2 back to the group's processing rate");
  await expect(second).not.toContainText('slowed');
});
