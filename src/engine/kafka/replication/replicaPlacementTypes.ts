// Shared shapes for Kafka's replica placement (StripedReplicaPlacer and AdminUtils): brokers, randomness, errors.

/**
 * Where Kafka calls java.util.Random#nextInt(bound): a uniform integer in [0, n). The simulation's seeded Rng
 * (src/engine/common/rng.ts) fits; tests pass a port of Kafka's MockRandom to pin Kafka's published outputs.
 */
export interface RandomSource {
  nextInt(n: number): number;
}

/** A broker as the placers see it; `fenced` only matters to the KRaft placer (UsableBroker.fenced). */
export interface PlacementBroker {
  id: number;
  rack?: string;
  fenced?: boolean;
}

/** The Java exception each failure is in Kafka; it is also the error's `name`. */
export type PlacementErrorKind =
  'InvalidReplicationFactorException' | 'InvalidPartitionsException' | 'AdminOperationException';

/** A placement Kafka refuses, with the exception class and message Kafka gives. */
export class ReplicaPlacementError extends Error {
  constructor(
    readonly kind: PlacementErrorKind,
    message: string,
  ) {
    super(message);
    this.name = kind;
  }
}

/** Collections.shuffle(list, rnd) for a RandomAccess list: one nextInt(i) per position, from the end. */
export function javaShuffle<T>(list: T[], random: RandomSource): void {
  for (let i = list.length; i > 1; i--) {
    const j = random.nextInt(i);
    const t = list[i - 1] as T;
    list[i - 1] = list[j] as T;
    list[j] = t;
  }
}
