/**
 * A change of the design the running simulation did not take, because Kafka would not take it live
 * (a topic never shrinks; its replication factor changes only by reassignment). The design keeps the
 * change: it applies when the simulation starts over (Reset).
 */
export interface Refusal {
  /** The design node it is about (a topic's id), or null for the cluster. */
  node: string | null;
  /** The document key refused: `partitions`, `replicationFactor`, `brokers`. */
  setting: string;
  /** The value the running simulation keeps, where it has one. */
  running: number | null;
  /** Why, in Kafka's terms, and what runs instead. */
  message: string;
}
