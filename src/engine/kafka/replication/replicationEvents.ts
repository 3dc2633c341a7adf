// Follows what Kafka's Partition reports as it changes: log truncation (UnifiedLog.truncateTo), leader and ISR changes (PartitionRegistration).

/** What changed, for the simulation to count losses and for the UI to show leadership and the ISR moving. */
export type ReplicationEvent =
  | {
      /** A replica cut its log: offsets [fromOffset, toOffset) are gone from it. */
      readonly type: 'truncated';
      readonly brokerId: number;
      readonly fromOffset: number;
      readonly toOffset: number;
    }
  | {
      readonly type: 'leaderChanged';
      /** The new leader, or NO_LEADER (-1): the partition is offline. */
      readonly leader: number;
      readonly previousLeader: number;
      readonly leaderEpoch: number;
      /** True when the leader came from outside the ISR (unclean election). */
      readonly unclean: boolean;
      /** The new leader's log end offset when it took over (-1 when offline): the partition's log now ends here. */
      readonly leaderLogEndOffset: number;
    }
  | {
      readonly type: 'isrChanged';
      readonly isr: readonly number[];
      readonly partitionEpoch: number;
    };
