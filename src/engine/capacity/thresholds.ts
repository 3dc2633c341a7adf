// The planning limits the Capacity answer measures utilisation against.
//
// - Network in and out, disk bandwidth: 80%. Cruise Control ships 0.8 as the capacity threshold for disk, network in
//   and network out (linkedin/cruise-control, config/cruisecontrol.properties), and AWS recommends running at about
//   80% of its Equation 1 limit ("Best practices for right-sizing your Apache Kafka clusters",
//   https://aws.amazon.com/blogs/big-data/best-practices-for-right-sizing-your-apache-kafka-clusters-to-optimize-performance-and-cost).
// - Disk space: 85%. Amazon MSK's best practices keep KafkaDataLogsDiskUsed under 85%
//   (https://docs.aws.amazon.com/msk/latest/developerguide/bestpractices.html).

export interface CapacityThresholds {
  /** Fractions of capacity. */
  networkIn: number;
  networkOut: number;
  disk: number;
  storage: number;
}

export const CAPACITY_THRESHOLDS: CapacityThresholds = {
  networkIn: 0.8,
  networkOut: 0.8,
  disk: 0.8,
  storage: 0.85,
};

/** The measured figures are averaged over this much simulated time (the last span). */
export const CAPACITY_WINDOW_MS = 10_000;
