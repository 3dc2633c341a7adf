import { expect, test } from './fixtures';
import { SIMULATED_TIME } from './patience';

test('a worker that stops answering without an error event is restarted, and the clock moves again', async ({
  app,
}) => {
  const workerStarted = app.page.waitForEvent('worker');
  await app.open();
  const worker = await workerStarted;
  await app.waitForClock(3);
  // Stuck from inside, as a pattern that backtracks forever would leave it: no error event, no answer.
  await worker.evaluate(`setTimeout(() => { for (;;) Math.sqrt(2); })`);
  await expect(app.alert()).toContainText(
    'The simulation stopped answering and was restarted.',
    SIMULATED_TIME,
  );
  // The restarted worker runs the design from 00:00 again, still playing.
  const after = await app.toolbar.seconds();
  await app.waitForClock(after + 2);
  await expect(app.toolbar.button('Pause')).toBeVisible();
});
