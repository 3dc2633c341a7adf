import { expect, test } from './fixtures';
import { SIMULATED_TIME } from './patience';

// The article's Database sink runs 3 consumers (database-consumer-1..3) with Kafka's session.timeout.ms, 45 s.
test('the picked consumer crashes, counts down to its eviction, stays down across an edit, and the group goes on with 2', async ({
  app,
}) => {
  // A whole session timeout passes in this story, and every step waits on the page of a busy machine.
  await app.open();
  await app.canvas.node('Sink', 'Database').click();
  const second = app.inspector.member('database-consumer-2');
  // The group forms after group.initial.rebalance.delay.ms, twice over for the late joiners.
  await expect(app.inspector.memberCount()).toHaveText('Members 3', SIMULATED_TIME);
  await expect(second.getByText(/user-events \d/)).toBeVisible();

  // At 1x the 45 s before the eviction leave time for the edit below, however busy the machine.
  await app.setSpeed('1x');
  await app.inspector.button('Crash database-consumer-2').click();
  await expect(second).toContainText(/crashed · evicted in \d+ s/);
  // The others run on: only the second one crashed, not the newest.
  await expect(app.inspector.member('database-consumer-3')).not.toContainText('crashed');
  await expect(app.inspector.button('Crash database-consumer-3')).toBeVisible();

  // An unrelated edit: the Web app source's rate.
  await app.canvas.node('Source', 'Web app').click();
  await app.inspector.set('Rate', '500');
  await app.canvas.node('Sink', 'Database').click();
  await expect(second).toContainText(/crashed · evicted in \d+ s/);
  await expect(app.inspector.member('database-consumer-4')).toHaveCount(0);

  // Faster, to reach the eviction: the coordinator removes it and rebalances the other two.
  await app.setSpeed('25x');
  await expect(second).toHaveCount(0, SIMULATED_TIME);
  await expect(app.inspector.memberCount()).toHaveText('Members 2');
  await expect(app.inspector.member('database-consumer-1')).toBeVisible();
  await expect(app.inspector.member('database-consumer-3')).toBeVisible();
  await expect(app.inspector.member('database-consumer-4')).toHaveCount(0);
  await expect(app.page.getByRole('region', { name: 'Recent events' })).toContainText(
    /database-consumer-2-\d+ removed: no heartbeat within session\.timeout\.ms \(45000 ms\)/,
  );
});
