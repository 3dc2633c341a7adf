import { useMemo, useState } from 'react';
import { useFranz } from '../../store/store';
import { fewestPartitions, partitionGrowth } from './partitionGrowth';

interface PartitionWarningProps {
  topicId: string;
  partitions: number;
}

/** Kafka's caveat on adding partitions: a key's partition is murmur2(key) % N, and N just changed. */
export function PartitionWarning({ topicId, partitions }: PartitionWarningProps) {
  const past = useFranz((s) => s.past);
  // The count when this topic was selected covers edits not yet in the history (one being typed).
  const [whenSelected] = useState(partitions);
  const inHistory = useMemo(() => fewestPartitions(past, topicId), [past, topicId]);
  const growth = partitionGrowth([inHistory, whenSelected], partitions);
  if (!growth) return null;
  return (
    <p className="partition-warning" role="status">
      <strong>
        Partitions increased from {growth.from} to {growth.to}.
      </strong>{' '}
      Keyed records now map to partitions by <code>murmur2(key) % {growth.to}</code>, so existing keys may
      move to other partitions: a key&apos;s older records stay where they were, and its order holds only
      within each partition (as in Kafka). Producers and consumers see the new partitions after their next
      metadata refresh (<code>metadata.max.age.ms</code>).
    </p>
  );
}
