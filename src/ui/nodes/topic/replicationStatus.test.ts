import { describe, expect, it } from 'vitest';
import { digest } from '../../reports.testing';
import { replicationStatus } from './replicationStatus';

const two = [0, 0];

describe('replicationStatus', () => {
  it('is null before the topic is reported', () => {
    expect(replicationStatus(undefined)).toBeNull();
    expect(replicationStatus(digest({ retained: [] }))).toBeNull();
  });

  it('says in sync when every replica is in the ISR', () => {
    expect(replicationStatus(digest({ retained: two }))).toMatchObject({
      text: '3 replicas · in sync',
      tone: 'ok',
    });
  });

  it('counts under-replicated partitions', () => {
    expect(replicationStatus(digest({ retained: two, underReplicated: 1 }))).toMatchObject({
      text: '3 replicas · 1 under-replicated',
      tone: 'busy',
      title: '1 of 2 partitions have a replica out of the ISR',
    });
  });

  it('puts offline before below-min-ISR before under-replicated', () => {
    const d = digest({ retained: two, offline: 1, underMinIsr: 1, underReplicated: 2 });
    expect(replicationStatus(d)).toMatchObject({
      text: '3 replicas · 1 offline',
      tone: 'warn',
      title: '1 of 2 partitions have no leader: nothing can be written or read there',
    });
    const noOffline = digest({ retained: two, underMinIsr: 1, underReplicated: 1 });
    expect(replicationStatus(noOffline)?.text).toBe('3 replicas · 1 below min ISR');
  });

  it('speaks of one replica in the singular', () => {
    expect(replicationStatus(digest({ retained: [0], replicationFactor: 1 }))?.text).toBe(
      '1 replica · in sync',
    );
  });
});
