import { expect, test } from './fixtures';
import { SIMULATED_TIME } from './patience';

// The article pipeline: 3 brokers of 125 MB/s network in (a planning limit of 80%, 100 MB/s), every topic RF 3 with
// min.insync.replicas 2. CRM writes 1000-byte records to `customers` (3 partitions, one led by each broker): every
// broker takes T in, its leader's share from CRM and the other two shares as a follower. At 110,000 records/s
// (about 1,018 bytes framed each) T is 112 MB/s, 89% of network in on every broker. A 256 KB batch.size lets one
// producer send that much (5 requests in flight of 16 KB batches per broker cannot).
test('the Capacity view names the broker whose network passes its limit, and taking a broker down changes the verdict', async ({
  app,
}) => {
  await app.open();
  await app.pause();
  // payments keeps RF 3 but needs all 3 replicas in sync for an acks=all write: any broker down stops its producers.
  await app.canvas.node('Topic', 'payments').click();
  await app.inspector.set('Min in-sync replicas', '3');

  await app.capacity.open();
  await app.step(3);
  await expect(app.capacity.verdict()).toContainText('Copes');
  await app.capacity.takeDown(1).check();
  await expect(app.capacity.whatIfRow()).toContainText('broker 1 down');
  await expect(app.capacity.whatIfRow().getByRole('cell').first()).toHaveText('does not cope');
  await expect(app.capacity.whatIfRow()).toContainText('fewer than min.insync.replicas 3');
  // The simulation runs on with every broker: the what-if is only an answer.
  await expect(app.capacity.verdict()).toContainText('Copes');
  // With min.insync.replicas 2 (the article's), the same broker down leaves 2 in sync: it copes.
  await app.inspector.set('Min in-sync replicas', '2');
  await expect(app.capacity.whatIfRow().getByRole('cell').first()).toHaveText('copes');
  await app.capacity.takeDown(1).uncheck();
  await expect(app.capacity.whatIfRow()).toHaveCount(0);

  // Raise CRM until a broker's network in passes its 80% limit, stepping so the measured span is all at the new rate.
  await app.page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'With Kafka' }).click();
  await app.canvas.node('Source', 'CRM').click();
  await app.capacity.open();
  await app.inspector.root.getByText('Batching', { exact: true }).click();
  await app.inspector.set('Batch size', '262144');
  await app.inspector.set('Rate', '110000');
  await app.step(15);
  await expect(app.capacity.verdict()).toContainText('Does not cope', SIMULATED_TIME);
  await expect(app.capacity.overLimits()).toContainText(/broker [123] network in at (8\d|9\d)%/);
  const named = /broker ([123]) network in at/.exec((await app.capacity.overLimits().textContent()) ?? '');
  const broker = Number(named![1]);
  await expect(app.capacity.brokerCell(broker, 0)).toHaveClass(/cap-util--over/);
  await expect(app.capacity.brokerCell(broker, 0)).toContainText(/^1\d\d MB\/s(8\d|9\d)%/);
});
