// Every lesson, in the order the Lessons panel lists them: L1 to L15 by number, then the regex subscription.
import type { Lesson } from '../lesson';
import { logInsteadOfWires } from './logInsteadOfWires';
import { partitionsAndOrdering } from './partitionsAndOrdering';
import { growingPartitions } from './growingPartitions';
import { idleConsumer } from './idleConsumer';
import { queueOrPubSub } from './queueOrPubSub';
import { lagInRecordsAndTime } from './lagInRecordsAndTime';
import { hotKeys } from './hotKeys';
import { rebalanceProtocols } from './rebalanceProtocols';
import { rebalanceStorm } from './rebalanceStorm';
import { commitsDecide } from './commitsDecide';
import { acksAndIsr } from './acksAndIsr';
import { retentionPerSegment } from './retentionPerSegment';
import { compaction } from './compaction';
import { poisonPill } from './poisonPill';
import { whereBytesGo } from './whereBytesGo';
import { regexSubscription } from './regexSubscription';

export const LESSONS: readonly Lesson[] = [
  logInsteadOfWires,
  partitionsAndOrdering,
  growingPartitions,
  idleConsumer,
  queueOrPubSub,
  lagInRecordsAndTime,
  hotKeys,
  rebalanceProtocols,
  rebalanceStorm,
  commitsDecide,
  acksAndIsr,
  retentionPerSegment,
  compaction,
  poisonPill,
  whereBytesGo,
  regexSubscription,
];

export function lessonById(id: string): Lesson | null {
  return LESSONS.find((l) => l.id === id) ?? null;
}
