// What each scheduled fault aims at: a broker, or a node of the kinds that can suffer it.
import type { FaultType, NodeKind } from './schema';

export interface NodeTarget {
  kinds: readonly NodeKind[];
  /** The kinds in words, e.g. "sink or processor". */
  noun: string;
}

const GROUP: NodeTarget = { kinds: ['sink', 'processor'], noun: 'sink or processor' };
const PROCESSOR: NodeTarget = { kinds: ['processor'], noun: 'processor' };
const SOURCE: NodeTarget = { kinds: ['source'], noun: 'source' };

/** "broker" for broker faults; otherwise the node kinds a fault of this type may name (consumer-*: a group). */
export function faultTarget(type: FaultType): 'broker' | NodeTarget {
  if (type.startsWith('broker-')) return 'broker';
  if (type.startsWith('consumer-')) return GROUP;
  return type.startsWith('processor-') ? PROCESSOR : SOURCE;
}
