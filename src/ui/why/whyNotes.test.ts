import { describe, expect, it } from 'vitest';
import { parseDocument, type GroupReport } from '../../engine';
import type { TopicDigest } from '../../protocol/viewNeed';
import { autoCommitEvery, commitWhy, idleWhy, unfencedWhy } from './whyNotes';

const member = (memberId: string, partitions: number[]) => ({ memberId, assignment: { orders: partitions } });
const group = (state: GroupReport['state'], members: ReturnType<typeof member>[]) =>
  ({ state, members, partitionsLimit: 3 }) as unknown as GroupReport;

describe('why, on screen', () => {
  it('says why a member of a settled group is idle, never mid-rebalance', () => {
    const four = [member('a', [0]), member('b', [1]), member('c', [2]), member('d', [])];
    expect(idleWhy(group('Stable', four))).toBe(
      '1 idle: 4 consumers for 3 partitions. A partition goes to one consumer of a group.',
    );
    expect(idleWhy(group('CompletingRebalance', four))).toBeNull();
    expect(idleWhy(group('Stable', four.slice(0, 3)))).toBeNull();
  });

  it('says why partitions take no writes while their leader is down and not yet fenced', () => {
    const digest = { unfencedLeaders: 2 } as TopicDigest;
    expect(unfencedWhy(digest, 9000)).toBe(
      "2 partitions take no writes: the leader's broker is down and not yet fenced. The controller fences it after " +
        'broker.session.timeout.ms (9 s), then elects a leader from the ISR.',
    );
    expect(unfencedWhy({ unfencedLeaders: 0 } as TopicDigest, 9000)).toBeNull();
    expect(unfencedWhy(undefined, 9000)).toBeNull();
  });

  it("says the lag saw-tooths with auto-commit's interval, and only under auto-commit", () => {
    const parsed = parseDocument({
      format: 'franz.pipeline',
      version: 1,
      name: 'x',
      nodes: [
        { id: 'auto', kind: 'sink', name: 'Auto', config: { autoCommitIntervalMs: 2000 } },
        { id: 'sync', kind: 'sink', name: 'Sync', config: { commitMode: 'after-processing' } },
      ],
      edges: [],
    });
    if (!parsed.ok) throw new Error(parsed.errors.join());
    const [auto, sync] = parsed.doc.nodes;
    expect(autoCommitEvery(auto)).toBe(2000);
    expect(autoCommitEvery(sync)).toBeNull();
    expect(commitWhy(5000)).toMatch(
      /^Why a saw-tooth: offsets are committed every 5 s \(auto\.commit\.interval\.ms\)/,
    );
  });
});
