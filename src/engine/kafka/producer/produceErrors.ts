// Kafka's Errors of the produce path, by Kafka's names, and the producer's own troubles told in the event log.
import { ReplicationError } from '../replication/replicatedPartition';

/** Errors.MESSAGE_TOO_LARGE (10): the batch is larger than the topic's max.message.bytes (RecordTooLargeException). */
export const MESSAGE_TOO_LARGE = 10;
export const REFUSED_TOO_LARGE = -MESSAGE_TOO_LARGE;

/** Kafka's error names by code, for the event log. */
export const ERROR_NAMES: Record<number, string> = Object.fromEntries([
  ...Object.entries(ReplicationError).map(([name, code]) => [code, name]),
  [MESSAGE_TOO_LARGE, 'MESSAGE_TOO_LARGE'],
]);

/**
 * Errors after which the producer asks for a metadata update: InvalidMetadataException's (Sender.completeBatch) and
 * a request timeout or disconnect (NetworkClient's DefaultMetadataUpdater.handleServerDisconnect).
 */
export const REFRESHES_METADATA: ReadonlySet<number> = new Set([
  ReplicationError.NOT_LEADER_OR_FOLLOWER,
  ReplicationError.LEADER_NOT_AVAILABLE,
  ReplicationError.REQUEST_TIMED_OUT,
  ReplicationError.NETWORK_EXCEPTION,
]);

/** Troubles told once per outage that are not Kafka error codes (negative, so they never meet one). */
export const Trouble = {
  EXPIRED: -2,
  TOO_LARGE: -3,
  NO_KEY: -4,
  NO_LEADER: -5,
  LEADER_DOWN: -6,
  SPLIT: -7,
} as const;
