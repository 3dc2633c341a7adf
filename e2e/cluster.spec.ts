import { expect, test } from './fixtures';
import { SIMULATED_TIME } from './patience';

test('a killed broker is fenced, its partition gets a new leader and a smaller ISR, and a restart brings the ISR back', async ({
  app,
}) => {
  await app.open();
  // Three copies of each payments partition, so there is a failover to watch.
  await app.canvas.node('Topic', 'payments').click();
  await app.inspector.set('Replication factor', '3');

  await app.cluster.open();
  await expect(app.cluster.brokers()).toHaveCount(3);
  const replicas = app.cluster.replicas('payments-0');
  await expect(replicas).toHaveText(/^\d, \d, \d$/);
  const assigned = await app.cluster.brokerIds(replicas);
  await expect(app.cluster.isr('payments-0')).toHaveText(assigned.join(', '));
  await expect(app.cluster.state('payments-0')).toHaveText('in sync');
  const leader = Number(await app.cluster.leader('payments-0').textContent());
  const survivors = assigned.filter((id) => id !== leader);

  // A kill: the controller hears nothing for broker.session.timeout.ms (9 s) before it fences the broker. Paused,
  // the broker shows stopped for as long as it takes to look; played on, it is fenced.
  await app.pause();
  await app.cluster.kill(leader);
  await expect(app.cluster.status(leader)).toHaveText('stopped');
  await app.play();
  await expect(app.cluster.status(leader)).toHaveText('fenced', SIMULATED_TIME);
  await expect(app.cluster.leader('payments-0')).toHaveText(String(survivors[0]));
  await expect(app.cluster.isr('payments-0')).toHaveText(survivors.join(', '));
  await expect(app.cluster.state('payments-0')).toHaveText('under-replicated');
  await expect(app.cluster.row('payments-0')).toHaveClass(/prow--under-replicated/);

  // Restarted, the broker registers again, catches up from the new leader and rejoins the ISR.
  await app.setSpeed('25x');
  await app.cluster.restart(leader);
  await expect(app.cluster.status(leader)).toHaveText('up', SIMULATED_TIME);
  await expect(app.cluster.isr('payments-0')).toHaveText(assigned.join(', '), SIMULATED_TIME);
  await expect(app.cluster.state('payments-0')).toHaveText('in sync');
});
