// The runtime objects of one simulation, shared by the step loop, reconciliation and reports.
import type { ClusterRuntime } from './cluster/clusterRuntime';
import type { ProducerRegistry } from './cluster/producerRegistry';
import type { EventSink } from '../common/events';
import type { GroupRuntime } from './groupRuntime';
import type { KeySpace } from './keySpace';
import type { ProcessorRuntime } from './processorRuntime';
import type { Rng } from '../common/rng';
import type { SourceRuntime } from './sourceRuntime';
import type { TopicRuntime } from './topicRuntime';

export interface SimulationState {
  readonly nowMs: number;
  readonly rng: Rng;
  readonly keys: KeySpace;
  readonly retainedPerPartition: number;
  /** By topic name (what clients use). */
  readonly topics: Map<string, TopicRuntime>;
  /** By design node id. */
  readonly topicsByNode: Map<string, TopicRuntime>;
  readonly sources: Map<string, SourceRuntime>;
  readonly groups: Map<string, GroupRuntime>;
  readonly processors: Map<string, ProcessorRuntime>;
  readonly emit: EventSink;
  readonly cluster: ClusterRuntime;
  readonly producers: ProducerRegistry;
}
