// The cluster in the design document: its brokers (node.id, broker.rack, bandwidth, disk) and the broker and
// controller settings Franz runs, with Kafka's defaults, and the network's round trips between machines.
import { z } from 'zod';
import { bandwidth, javaInt, ms, positiveInt } from './settingTypes';

export const brokerSchema = z.strictObject({
  /** node.id */
  id: z.number().int('must be a whole number').min(0, 'must be >= 0').max(1_000_000),
  /** broker.rack: replica placement spreads each partition's replicas across racks. */
  rack: z.string().min(1, 'must not be empty').max(64).nullable().default(null),
  networkInMBps: bandwidth.default(125),
  networkOutMBps: bandwidth.default(125),
  diskMBps: bandwidth.default(500),
  /** The broker's disk size in GB (1 GB = 1,000,000,000 bytes), for the Capacity answer's disk space. */
  diskGB: z
    .number({
      error: (issue) => `Invalid value ${String(issue.input)} for configuration diskGB: must be a number`,
    })
    .finite()
    .gt(0, { error: (issue) => `Invalid value ${String(issue.input)} for configuration diskGB: must be > 0` })
    .max(1_000_000, {
      error: (issue) => `Invalid value ${String(issue.input)} for configuration diskGB: must be <= 1000000`,
    })
    .default(1000),
});

/** A network round trip in ms (0: instant). */
const roundTrip = z.number().finite().min(0, 'must be >= 0').max(10_000, 'must be <= 10000');

export const DEFAULT_BROKERS = [{ id: 1 }, { id: 2 }, { id: 3 }] as const;

export const clusterSchema = z
  .strictObject({
    brokers: z
      .array(brokerSchema)
      .min(1, 'must have at least one broker')
      .max(64, 'must have at most 64 brokers')
      .default(() => DEFAULT_BROKERS.map((b) => brokerSchema.parse(b))),
    /** replica.lag.time.max.ms: a follower that has not caught up for this long leaves the ISR. */
    replicaLagTimeMaxMs: positiveInt.default(30_000),
    /** broker.session.timeout.ms: the controller fences a broker whose heartbeats stopped this long ago. */
    brokerSessionTimeoutMs: javaInt(positiveInt, 'broker.session.timeout.ms').default(9000),
    /** auto.leader.rebalance.enable: the controller moves leadership back to preferred replicas. */
    autoLeaderRebalanceEnable: z.boolean().default(true),
    /** leader.imbalance.check.interval.seconds, in ms: how long after an imbalance the controller rebalances. */
    leaderImbalanceCheckIntervalMs: positiveInt.default(300_000),
    /**
     * unclean.leader.election.interval.ms: how often the controller tries unclean elections for leaderless partitions
     * (QuorumController's maybeElectUncleanLeaders; 5 minutes, ReplicationConfigs).
     */
    uncleanLeaderElectionIntervalMs: positiveInt.default(300_000),
    /** log.cleaner.backoff.ms: how often the log cleaner looks for logs to compact. */
    logCleanerBackoffMs: positiveInt.default(15_000),
    /** group.initial.rebalance.delay.ms: the coordinator waits this long for more members of a new group. */
    groupInitialRebalanceDelayMs: javaInt(ms, 'group.initial.rebalance.delay.ms').default(3000),
    /** group.min.session.timeout.ms: a JoinGroup with a shorter session.timeout.ms is refused. */
    groupMinSessionTimeoutMs: javaInt(positiveInt, 'group.min.session.timeout.ms').default(6000),
    /** group.max.session.timeout.ms: a JoinGroup with a longer session.timeout.ms is refused. */
    groupMaxSessionTimeoutMs: javaInt(positiveInt, 'group.max.session.timeout.ms').default(1_800_000),
    /** log.retention.check.interval.ms: how often the broker deletes segments past retention. */
    logRetentionCheckIntervalMs: positiveInt.default(300_000),
    /**
     * The network round trip, in ms, between two machines in one rack (zone), and between machines in different
     * racks. Defaults from a published ping measurement inside and across AWS availability zones (Oren Solomianik,
     * "Network Latency Inside And Across Amazon EC2 Availability Zones",
     * https://orensol.com/2009/05/24/network-latency-inside-and-across-amazon-ec2-availability-zones/): average RTT
     * 0.26 to 0.41 ms inside a zone, 0.94 to 1.13 ms across zones; a later sweep of every AWS zone pair
     * (https://xkyle.com/Measuring-AWS-Region-and-AZ-Latency) finds 0.25 to 3.37 ms across zones.
     */
    rttMs: roundTrip.default(0.3),
    crossRackRttMs: roundTrip.default(1),
  })
  .prefault({});
