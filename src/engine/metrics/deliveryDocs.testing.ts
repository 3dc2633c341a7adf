// For tests: small designs whose faults make delivery go wrong in each way the charts count.

const topic = (name: string, partitions: number) => ({
  id: name,
  kind: 'topic',
  name,
  config: { partitions, replicationFactor: 3, minInsyncReplicas: 2 },
});

/** Two consumers, so one can crash and the other take its partitions over. */
const pairOfConsumers = (id: string, name: string) => ({
  id,
  kind: 'sink',
  name,
  config: { autoOffsetReset: 'earliest', consumers: 2, sessionTimeoutMs: 10_000 },
});

/**
 * Shop writes with acks=1 faster than its throttled followers fetch; the leader dies, a follower with a
 * shorter log leads and Shop's acknowledged tail is lost, and what it cannot write in time fails. Bank
 * retries without idempotence the batches it had in flight on the dead leader.
 */
export const lossyLeaders = {
  format: 'franz.pipeline',
  version: 1,
  // Instant round trips: the counts the tests pin are the faults' own, to the tick.
  cluster: { rttMs: 0, crossRackRttMs: 0 },
  name: 'Lossy leaders',
  nodes: [
    topic('orders', 1),
    topic('payments', 3),
    {
      id: 'shop',
      kind: 'source',
      name: 'Shop',
      config: { rate: 10_000, recordSize: { type: 'fixed', bytes: 1000 }, acks: '1' },
    },
    {
      id: 'bank',
      kind: 'source',
      name: 'Bank',
      config: { rate: 5000, acks: 'all', enableIdempotence: false },
    },
    { id: 'billing', kind: 'sink', name: 'Billing', config: { autoOffsetReset: 'earliest' } },
  ],
  edges: [
    { from: 'shop', to: 'orders' },
    { from: 'bank', to: 'payments' },
    { from: 'payments', to: 'billing' },
  ],
  faults: [
    { atMs: 10_000, type: 'broker-throttle', broker: 2, networkMBps: 1 },
    { atMs: 10_000, type: 'broker-throttle', broker: 3, networkMBps: 1 },
    { atMs: 20_000, type: 'broker-kill', broker: 1 },
    { atMs: 30_000, type: 'broker-kill', broker: 2 },
    { atMs: 30_000, type: 'broker-restart', broker: 1 },
  ],
};

/**
 * Two sources retry without idempotence through two leader changes, so both write some batches twice;
 * then each group loses a consumer between two auto-commits, and both read again what it had not
 * committed.
 */
export const retriesAndCrashes = {
  format: 'franz.pipeline',
  version: 1,
  // Instant round trips: the counts the tests pin are the faults' own, to the tick.
  cluster: { rttMs: 0, crossRackRttMs: 0 },
  name: 'Retries and crashes',
  nodes: [
    topic('payments', 3),
    {
      id: 'shop',
      kind: 'source',
      name: 'Shop',
      config: { rate: 5000, acks: 'all', enableIdempotence: false },
    },
    {
      id: 'bank',
      kind: 'source',
      name: 'Bank',
      config: { rate: 3000, acks: 'all', enableIdempotence: false },
    },
    pairOfConsumers('billing', 'Billing'),
    pairOfConsumers('audit', 'Audit'),
  ],
  edges: [
    { from: 'shop', to: 'payments' },
    { from: 'bank', to: 'payments' },
    { from: 'payments', to: 'billing' },
    { from: 'payments', to: 'audit' },
  ],
  faults: [
    { atMs: 10_000, type: 'broker-kill', broker: 1 },
    { atMs: 20_000, type: 'broker-kill', broker: 2 },
    { atMs: 20_000, type: 'broker-restart', broker: 1 },
    { atMs: 33_500, type: 'consumer-kill', node: 'billing' },
    { atMs: 33_500, type: 'consumer-kill', node: 'audit' },
  ],
};
