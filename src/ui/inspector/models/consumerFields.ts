// The consumer group's settings, shared by sinks and processors (KafkaConsumer's config names).
import { commitModeOf, type CommitMode } from '../../../engine';
import type { Config, Section } from '../formModel';
import { producerMetadataMaxAge } from './producerFields';

/** Under group.protocol=consumer the coordinator owns the assignor, session timeout and heartbeat interval. */
function consumerProtocolOwns(c: Config): string | null {
  return c.groupProtocol === 'consumer'
    ? 'set by the group coordinator under group.protocol=consumer (45 s sessions, 5 s heartbeats)'
    : null;
}

export const groupSection: Section = {
  title: 'Group',
  fields: [
    {
      type: 'number',
      path: 'consumers',
      label: 'Consumers',
      hint: 'consumer instances; more than partitions leaves some idle',
    },
    {
      type: 'number',
      path: 'processingRate',
      label: 'Processing rate',
      unit: 'records/s',
      step: 10,
      emptyMeans: 'unlimited',
      hint: 'per consumer; empty: as fast as records arrive',
    },
    {
      type: 'select',
      path: 'assignor',
      label: 'Assignor',
      kafka: 'partition.assignment.strategy',
      hint: 'how members share partitions; cooperative-sticky rebalances incrementally (KIP-429)',
      options: [
        { value: 'range', label: 'range' },
        { value: 'roundrobin', label: 'roundrobin' },
        { value: 'sticky', label: 'sticky' },
        { value: 'cooperative-sticky', label: 'cooperative-sticky' },
      ],
      off: consumerProtocolOwns,
    },
    {
      type: 'select',
      path: 'groupProtocol',
      label: 'Group protocol',
      kafka: 'group.protocol',
      hint: 'consumer (KIP-848): the coordinator assigns; members move one by one, the others keep consuming',
      options: [
        { value: 'classic', label: 'classic' },
        { value: 'consumer', label: 'consumer' },
      ],
      // Kafka refuses a client-side assignor, session timeout or heartbeat interval under "consumer".
      alsoSets: (value) =>
        value === 'consumer'
          ? { assignor: 'range', sessionTimeoutMs: 45_000, heartbeatIntervalMs: 3000 }
          : { groupRemoteAssignor: undefined },
    },
    {
      type: 'select',
      path: 'groupRemoteAssignor',
      label: 'Server-side assignment',
      kafka: 'group.remote.assignor',
      defaultText: "default: uniform (the coordinator's first)",
      hint: "the coordinator's assignor: uniform keeps partitions where they are, range deals out ranges",
      when: (c) => c.groupProtocol === 'consumer',
      read: (c) => (c.groupRemoteAssignor as string | undefined) ?? 'uniform',
      options: [
        { value: 'uniform', label: 'uniform' },
        { value: 'range', label: 'range' },
      ],
    },
    {
      type: 'checkbox',
      path: 'staticMembership',
      label: 'Static membership',
      kafka: 'group.instance.id',
      hint: 'a member restarted within session.timeout.ms keeps its partitions: no rebalance (KIP-345)',
    },
    {
      type: 'text',
      path: 'groupId',
      label: 'Group id',
      kafka: 'group.id',
      defaultText: 'default: the node id',
      empty: { value: undefined, means: 'the node id' },
    },
  ],
};

export const subscriptionSection: Section = {
  title: 'Subscription',
  fields: [
    {
      type: 'text',
      path: 'subscriptionPattern',
      label: 'Subscription pattern',
      kafka: 'subscribe(Pattern)',
      hint: 'a regular expression over topic names; empty: the topics connected to it',
      empty: { value: null, means: 'topics from edges' },
    },
    {
      type: 'select',
      path: 'autoOffsetReset',
      label: 'Offset reset',
      kafka: 'auto.offset.reset',
      hint: 'where a partition with no committed offset starts',
      options: [
        { value: 'latest', label: 'latest' },
        { value: 'earliest', label: 'earliest' },
      ],
    },
  ],
};

const commitMode = (c: Config): CommitMode =>
  commitModeOf({
    commitMode: c.commitMode as CommitMode | undefined,
    enableAutoCommit: c.enableAutoCommit !== false,
  });

export const commitsSection: Section = {
  title: 'Commits',
  note: 'When offsets are committed decides what a crash costs: records processed twice, or never.',
  fields: [
    {
      type: 'select',
      path: 'commitMode',
      label: 'Commit',
      kafka: 'enable.auto.commit / commitSync()',
      defaultText: 'default auto (after processing when enable.auto.commit is false)',
      hint: 'after processing: at least once; before processing: at most once',
      options: [
        { value: 'auto', label: 'auto-commit' },
        { value: 'after-processing', label: 'after processing' },
        { value: 'before-processing', label: 'before processing' },
      ],
      read: commitMode,
      // enable.auto.commit follows the choice: on for auto-commit, off when the application commits itself.
      alsoSets: (value) => ({ enableAutoCommit: value === 'auto' }),
    },
    {
      type: 'number',
      path: 'autoCommitIntervalMs',
      label: 'Auto commit interval',
      kafka: 'auto.commit.interval.ms',
      unit: 'ms',
      step: 1000,
      when: (c) => commitMode(c) === 'auto',
    },
  ],
};

export const deadLetterSection: Section = {
  title: 'Bad records',
  note: 'A record the consumer cannot deserialize stops its partition, unless it goes to a dead-letter topic.',
  fields: [
    {
      type: 'text',
      path: 'deadLetterTopic',
      label: 'Dead-letter topic',
      hint: 'a topic of the design; the consumer sends the record there and reads on',
      empty: { value: null, means: 'none: stop at the record' },
    },
  ],
};

export const pollingSection: Section = {
  title: 'Polling',
  advanced: true,
  fields: [
    {
      type: 'number',
      path: 'maxPollRecords',
      label: 'Max poll records',
      kafka: 'max.poll.records',
      unit: 'records',
      step: 100,
    },
    {
      type: 'number',
      path: 'maxPollIntervalMs',
      label: 'Max poll interval',
      kafka: 'max.poll.interval.ms',
      unit: 'ms',
      step: 1000,
      hint: 'a consumer slower than this between polls leaves the group',
    },
  ],
};

export const fetchingSection: Section = {
  title: 'Fetching',
  advanced: true,
  note: 'One fetch per broker at a time; it waits at the leader for fetch.min.bytes or fetch.max.wait.ms.',
  fields: [
    {
      type: 'number',
      path: 'fetchMinBytes',
      label: 'Fetch min bytes',
      kafka: 'fetch.min.bytes',
      unit: 'bytes',
    },
    {
      type: 'number',
      path: 'fetchMaxWaitMs',
      label: 'Fetch max wait',
      kafka: 'fetch.max.wait.ms',
      unit: 'ms',
      step: 100,
    },
    {
      type: 'number',
      path: 'maxPartitionFetchBytes',
      label: 'Max partition fetch',
      kafka: 'max.partition.fetch.bytes',
      unit: 'bytes',
      step: 65_536,
    },
    {
      type: 'number',
      path: 'fetchMaxBytes',
      label: 'Fetch max bytes',
      kafka: 'fetch.max.bytes',
      unit: 'bytes',
      step: 1_048_576,
    },
  ],
};

export const timeoutsSection: Section = {
  title: 'Timeouts',
  advanced: true,
  fields: [
    {
      type: 'number',
      path: 'sessionTimeoutMs',
      label: 'Session timeout',
      kafka: 'session.timeout.ms',
      unit: 'ms',
      step: 1000,
      hint: "no heartbeat for this long and the coordinator drops the member; within the cluster's group.min/max.session.timeout.ms",
      off: consumerProtocolOwns,
    },
    {
      type: 'number',
      path: 'heartbeatIntervalMs',
      label: 'Heartbeat interval',
      kafka: 'heartbeat.interval.ms',
      unit: 'ms',
      step: 1000,
      hint: 'must be lower than session.timeout.ms',
      off: consumerProtocolOwns,
    },
    { ...producerMetadataMaxAge, hint: 'how soon new partitions and matching topics are seen' },
  ],
};
