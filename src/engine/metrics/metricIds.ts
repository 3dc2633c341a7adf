// The recorder's series names, built once per owner and kept: a sample takes every name again, and building them as
// new strings each time (and hashing them for the series map) cost the fluid mode's day a tenth of its time.
import { metricId } from './metricId';

interface TopicIds {
  recordsIn: string;
  bytesIn: string;
  partitionRecordsIn: string[];
  partitionBytesIn: string[];
}

interface GroupIds {
  records: string;
  bytes: string;
  lag: string;
  duplicates: string;
  outOfOrder: string;
  /** Per member's client id: records/s, bytes/s. */
  members: Map<string, [string, string]>;
  /** Per topic: records/s out to this group, and its lag per partition. */
  topics: Map<string, { recordsOut: string; partitionLag: string[] }>;
}

function cached<T>(map: Map<string, T>, key: string, make: () => T): T {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

function grow(ids: string[], count: number, make: (p: number) => string): string[] {
  for (let p = ids.length; p < count; p++) ids.push(make(p));
  return ids;
}

export class MetricIds {
  private readonly topics = new Map<string, TopicIds>();
  private readonly groups = new Map<string, GroupIds>();

  /** A topic's names, with its first `partitions` partitions' (a topic can grow). */
  topic(name: string, partitions: number): TopicIds {
    const ids = cached(this.topics, name, () => ({
      recordsIn: metricId.topicRecordsIn(name),
      bytesIn: metricId.topicBytesIn(name),
      partitionRecordsIn: [],
      partitionBytesIn: [],
    }));
    grow(ids.partitionRecordsIn, partitions, (p) => metricId.partitionRecordsIn(name, p));
    grow(ids.partitionBytesIn, partitions, (p) => metricId.partitionBytesIn(name, p));
    return ids;
  }

  group(id: string): GroupIds {
    return cached(this.groups, id, () => ({
      records: metricId.groupRecords(id),
      bytes: metricId.groupBytes(id),
      lag: metricId.groupLag(id),
      duplicates: metricId.groupDelivery(id, 'duplicates'),
      outOfOrder: metricId.groupDelivery(id, 'out-of-order'),
      members: new Map(),
      topics: new Map(),
    }));
  }

  member(group: GroupIds, groupId: string, clientId: string): [string, string] {
    return cached(group.members, clientId, () => [
      metricId.memberRecords(groupId, clientId),
      metricId.memberBytes(groupId, clientId),
    ]);
  }

  groupTopic(group: GroupIds, groupId: string, topic: string, partitions: number) {
    const ids = cached(group.topics, topic, () => ({
      recordsOut: metricId.topicRecordsOut(topic, groupId),
      partitionLag: [] as string[],
    }));
    grow(ids.partitionLag, partitions, (p) => metricId.groupPartitionLag(groupId, topic, p));
    return ids;
  }
}
