// Every lesson, in the order the Lessons panel lists them (shared/research/lessons.md's L1 to L15, then the
// regex subscription).
import type { Lesson } from '../lesson';
import { idleConsumer } from './idleConsumer';
import { hotKeys } from './hotKeys';
import { rebalanceStorm } from './rebalanceStorm';
import { commitsDecide } from './commitsDecide';
import { acksAndIsr } from './acksAndIsr';
import { whereBytesGo } from './whereBytesGo';

export const LESSONS: readonly Lesson[] = [
  idleConsumer,
  hotKeys,
  rebalanceStorm,
  commitsDecide,
  acksAndIsr,
  whereBytesGo,
];

export function lessonById(id: string): Lesson | null {
  return LESSONS.find((l) => l.id === id) ?? null;
}
