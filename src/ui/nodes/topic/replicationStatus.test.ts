import { describe, expect, it } from 'vitest';
import type { PartitionReport } from '../../../engine';
import { report } from '../../reports.testing';
import { replicationStatus } from './replicationStatus';

const partition = (p: number, over: Partial<PartitionReport> = {}): PartitionReport => ({
  partition: p,
  logStartOffset: 0,
  logEndOffset: 0,
  highWatermark: 0,
  segments: 1,
  sizeInBytes: 0,
  leader: 1,
  leaderEpoch: 0,
  replicas: [1, 2, 3],
  isr: [1, 2, 3],
  replicaLogEndOffsets: [0, 0, 0],
  underReplicated: false,
  underMinIsr: false,
  offline: false,
  ...over,
});

const withPartitions = (partitions: PartitionReport[]) =>
  report({ topics: [{ name: 'orders', partitions, recordsPerSec: 0 }] });

describe('replicationStatus', () => {
  it('is null before the topic is reported', () => {
    expect(replicationStatus('orders', null)).toBeNull();
    expect(replicationStatus('orders', report({}))).toBeNull();
  });

  it('says in sync when every replica is in the ISR', () => {
    expect(replicationStatus('orders', withPartitions([partition(0), partition(1)]))).toMatchObject({
      text: '3 replicas · in sync',
      tone: 'ok',
    });
  });

  it('counts under-replicated partitions', () => {
    const r = withPartitions([partition(0, { isr: [1, 3], underReplicated: true }), partition(1)]);
    expect(replicationStatus('orders', r)).toMatchObject({
      text: '3 replicas · 1 under-replicated',
      tone: 'busy',
    });
  });

  it('puts offline before below-min-ISR before under-replicated', () => {
    const r = withPartitions([
      partition(0, { isr: [1], underReplicated: true, underMinIsr: true }),
      partition(1, { leader: -1, offline: true, isr: [] }),
    ]);
    expect(replicationStatus('orders', r)).toMatchObject({ text: '3 replicas · 1 offline', tone: 'warn' });
    const noOffline = withPartitions([partition(0, { isr: [1], underReplicated: true, underMinIsr: true })]);
    expect(replicationStatus('orders', noOffline)?.text).toBe('3 replicas · 1 below min ISR');
  });

  it('speaks of one replica in the singular', () => {
    const r = withPartitions([partition(0, { replicas: [2], isr: [2], replicaLogEndOffsets: [0] })]);
    expect(replicationStatus('orders', r)?.text).toBe('1 replica · in sync');
  });
});
