import { describe, expect, it } from 'vitest';
import { describeEditError, inPlainWords } from './editErrors';

const kafkaNames: Record<string, string> = {
  sessionTimeoutMs: 'session.timeout.ms',
  heartbeatIntervalMs: 'heartbeat.interval.ms',
  partition: 'Partition',
};
const nameOf = (path: string) => kafkaNames[path];

describe('an engine refusal under the field that caused it', () => {
  it('drops the path when it is the field itself', () => {
    expect(describeEditError('nodes[3].config.partitions: must be >= 1', 'partitions', nameOf)).toBe(
      'must be >= 1',
    );
    expect(describeEditError('nodes[0].config.keys.count: must be >= 1', 'keys.count', nameOf)).toBe(
      'must be >= 1',
    );
    expect(
      describeEditError(
        'cluster.logRetentionCheckIntervalMs: must be >= 1',
        'logRetentionCheckIntervalMs',
        nameOf,
      ),
    ).toBe('must be >= 1');
    // A broker's row edits one broker: its fields are the broker's own keys.
    expect(describeEditError('cluster.brokers[2].networkInMBps: must be > 0', 'networkInMBps', nameOf)).toBe(
      'must be > 0',
    );
    expect(describeEditError('cluster.brokers[1].id: broker id 2 is used twice', 'id', nameOf)).toBe(
      'broker id 2 is used twice',
    );
  });

  it('keeps a nested problem with the field that chose the shape (a list of keys chosen empty)', () => {
    expect(
      describeEditError('nodes[0].config.keys.values: must list at least one key', 'keys.type', nameOf),
    ).toBe('must list at least one key');
  });

  it("names the other setting, by Kafka's name, when a rule ties two together", () => {
    expect(
      describeEditError(
        'nodes[9].config.heartbeatIntervalMs: must be lower than sessionTimeoutMs',
        'sessionTimeoutMs',
        nameOf,
      ),
    ).toBe('heartbeat.interval.ms: must be lower than session.timeout.ms');
  });

  it('keeps a reason that has no path as it is', () => {
    const reason = 'partitions can only grow: Kafka cannot remove partitions from a topic';
    expect(describeEditError(reason, 'partitions', nameOf)).toBe(reason);
  });

  it('names nodes instead of indexes, and the other node of a clash', () => {
    const names = ['orders', 'Email', 'Search'];
    expect(
      describeEditError(
        'nodes[2].config.groupId: group "search" is already used by nodes[1]',
        'groupId',
        nameOf,
        {
          names,
          self: 1,
        },
      ),
    ).toBe('group "search" is already used by "Search"');
    expect(
      describeEditError('nodes[3].name: topic "orders" already exists (nodes[0])', 'name', nameOf, {
        names: [...names, 'orders'],
        self: 3,
      }),
    ).toBe('topic "orders" already exists');
  });
});

describe('a refusal in plain words, naming the field and its bound', () => {
  it.each([
    ['Partitions', 'must be >= 1', 'Partitions must be at least 1'],
    ['Partitions', 'must be <= 10000', 'Partitions must be at most 10,000'],
    ['Rate', 'must be >= 0', 'Rate must be at least 0'],
    ['Rate', 'must be <= 50000000', 'Rate must be at most 50,000,000'],
    ['Net in', 'must be > 0', 'Net in must be more than 0'],
    [
      'Partition',
      'must be < 3, the partition count of topic "payments"',
      'Partition must be less than 3, the partition count of topic "payments"',
    ],
    ['Partitions', 'is required (int)', 'Partitions must be a whole number'],
    ['Consumers', 'must be a number', 'Consumers must be a number'],
    ['Consumers', 'enter a number', 'Consumers must be a number'],
    [
      'Retention time',
      'must be >= 0, or -1 for unlimited',
      'Retention time must be at least 0, or -1 for unlimited',
    ],
    [
      'Session timeout',
      'must be a whole number of milliseconds',
      'Session timeout must be a whole number of milliseconds',
    ],
    ['Min cleanable dirty ratio', 'must be <= 1', 'Min cleanable dirty ratio must be at most 1'],
  ])('%s: "%s" reads "%s"', (label, reason, plain) => {
    expect(inPlainWords(label, reason)).toBe(plain);
  });

  it("keeps Kafka's own sentences, capitalised", () => {
    expect(
      inPlainWords('Replication factor', 'Replication factor: 4 larger than available brokers: 3.'),
    ).toBe('Replication factor: 4 larger than available brokers: 3.');
    expect(
      inPlainWords('Partitions', 'partitions can only grow: Kafka cannot remove partitions from a topic'),
    ).toBe('Partitions can only grow: Kafka cannot remove partitions from a topic');
  });

  it('names the field from its label, or the other setting by its Kafka name', () => {
    expect(
      describeEditError(
        'nodes[3].config.partitions: must be >= 1',
        'partitions',
        nameOf,
        { names: [] },
        'Partitions',
      ),
    ).toBe('Partitions must be at least 1');
    expect(
      describeEditError(
        'nodes[9].config.heartbeatIntervalMs: must be lower than sessionTimeoutMs',
        'sessionTimeoutMs',
        nameOf,
        { names: [] },
        'Session timeout',
      ),
    ).toBe('heartbeat.interval.ms must be lower than session.timeout.ms');
  });
});
