import { expect, test } from './fixtures';
import { SIMULATED_TIME } from './patience';

test('a partition whose only replica dies is an offline transition, not an election; its broker leading it again is one', async ({
  app,
}) => {
  await app.open();
  // One copy of each payments partition: when its broker dies, no replica can take over.
  await app.canvas.node('Topic', 'payments').click();
  await app.inspector.set('Replication factor', '1');
  await app.toolbar.button('Reset').click();

  await app.cluster.open();
  await expect(app.cluster.replicas('payments-0')).toHaveText(/^\d$/, SIMULATED_TIME);
  const leader = Number(await app.cluster.leader('payments-0').textContent());
  await expect(app.cluster.controllerFigure('Offline transitions')).toHaveText('0');
  await app.setSpeed('10x');

  // Fenced after broker.session.timeout.ms (9 s): payments-0 goes offline; the partitions of the three-copy topics
  // it led get new leaders (elections).
  await app.cluster.kill(leader);
  await expect(app.cluster.status(leader)).toHaveText('fenced', SIMULATED_TIME);
  await expect(app.cluster.state('payments-0')).toHaveText('offline');
  await expect(app.cluster.controllerFigure('Offline transitions')).toHaveText('1');
  const elections = Number(await app.cluster.controllerFigure('Elections').textContent());

  // Back, the broker leads payments-0 again: one more election, and still one offline transition.
  await app.cluster.restart(leader);
  await expect(app.cluster.status(leader)).toHaveText('up', SIMULATED_TIME);
  await expect(app.cluster.leader('payments-0')).toHaveText(String(leader));
  await expect(app.cluster.controllerFigure('Elections')).toHaveText(String(elections + 1));
  await expect(app.cluster.controllerFigure('Offline transitions')).toHaveText('1');
});
