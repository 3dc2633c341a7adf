import { expect, test } from './fixtures';
import { SIMULATED_TIME } from './patience';

test('an isolated leader is fenced and replaced while it still believes it leads; reconnected, it rejoins the ISR', async ({
  app,
}) => {
  await app.open();
  // Three copies of each payments partition, so there is a failover to watch.
  await app.canvas.node('Topic', 'payments').click();
  await app.inspector.set('Replication factor', '3');

  await app.cluster.open();
  const replicas = app.cluster.replicas('payments-0');
  await expect(replicas).toHaveText(/^\d, \d, \d$/);
  const assigned = await app.cluster.brokerIds(replicas);
  await expect(app.cluster.isr('payments-0')).toHaveText(assigned.join(', '));
  const leader = Number(await app.cluster.leader('payments-0').textContent());
  const survivors = assigned.filter((id) => id !== leader);
  const epoch = Number(await app.cluster.cell('payments-0', 'Leader epoch').textContent());

  // Cut off from the controller and the other brokers, not from clients: the controller still counts it in
  // until broker.session.timeout.ms (9 s) passes without a heartbeat.
  await app.cluster.isolate(leader);
  await expect(app.cluster.status(leader)).toHaveText('isolated');
  await expect(app.cluster.status(leader)).toHaveText('isolated · fenced', SIMULATED_TIME);
  await expect(app.cluster.zombieNote(leader)).toHaveText(
    /^still believes it leads \d+ partitions? \(zombie leader\)$/,
  );
  await expect(app.cluster.leader('payments-0')).toHaveText(String(survivors[0]));
  await expect(app.cluster.cell('payments-0', 'Leader epoch')).toHaveText(String(epoch + 1));
  await expect(app.cluster.isr('payments-0')).toHaveText(survivors.join(', '));

  // Reconnected, it learns of the new leader, truncates, catches up and rejoins the ISR.
  await app.setSpeed('25x');
  await app.cluster.reconnect(leader);
  await expect(app.cluster.status(leader)).toHaveText('up', SIMULATED_TIME);
  await expect(app.cluster.zombieNote(leader)).toHaveCount(0);
  await expect(app.cluster.isr('payments-0')).toHaveText(assigned.join(', '), SIMULATED_TIME);
});
