import { expect, test } from './fixtures';

test('a fault scheduled in the design replays at the same simulated time after every reset', async ({
  app,
  page,
}) => {
  await app.open();
  // Nothing selected: the inspector edits the cluster, with its fault schedule.
  await app.inspector.field('Fault').selectOption({ label: 'kill broker' });
  await app.inspector.set('At', '5');
  await app.inspector.field('Target').selectOption({ label: 'broker 2' });
  await app.inspector.button('Add fault').click();
  await expect(app.inspector.root.getByText('at 5 s: kill broker 2')).toBeVisible();

  await app.cluster.open();
  for (let run = 1; run <= 2; run++) {
    // Paused and stepped, so each state shows however slowly the page answers.
    await app.pause();
    await page.getByRole('button', { name: 'Reset', exact: true }).click();
    await expect(app.toolbar.clock).toHaveText('00:00');
    await expect(app.cluster.status(2)).toHaveText('up');
    // Killed at 5 s (in the tick that starts there); its last heartbeat was at 4 s, so the controller fences it
    // at 13 s: still stopped at 12 s, fenced by 14 s.
    await app.step(6);
    await expect(app.cluster.status(2)).toHaveText('stopped');
    await app.step(6);
    await expect(app.cluster.status(2)).toHaveText('stopped');
    await app.step(2);
    await expect(app.cluster.status(2)).toHaveText('fenced');
    await app.play();
    await expect(app.cluster.broker(2).getByRole('button', { name: 'Restart broker 2' })).toBeVisible();
  }
});
