import { describe, expect, it } from 'vitest';
import type { Refusal } from '../../engine';
import { onResetText, runningValues } from './runningValues';

const shrink: Refusal = {
  node: 't-payments',
  setting: 'partitions',
  running: 5,
  message:
    'partitions cannot be reduced (Kafka never shrinks a topic): the running topic keeps 5; Reset to start with 3',
};
const factor: Refusal = {
  node: 't-payments',
  setting: 'replicationFactor',
  running: 3,
  message:
    'the replication factor of a running topic cannot change (Kafka changes it by partition reassignment): the running topic keeps 3; Reset to start with 2',
};

describe('a topic setting the running cluster did not take', () => {
  it('shows the running value in the field, what Reset starts with, and the reason as a sentence', () => {
    const config = { partitions: 3, replicationFactor: 2 };
    expect(runningValues('t-payments', config, [shrink, factor])).toEqual({
      partitions: {
        value: '5',
        badge: '5 running · 3 on Reset',
        message:
          'Partitions cannot be reduced (Kafka never shrinks a topic): the running topic keeps 5; Reset to start with 3',
      },
      replicationFactor: {
        value: '3',
        badge: '3 running · 2 on Reset',
        message:
          'The replication factor of a running topic cannot change (Kafka changes it by partition reassignment): the running topic keeps 3; Reset to start with 2',
      },
    });
    expect(onResetText('t-payments', config, [shrink, factor])).toBe('3 partitions, RF 2 on Reset');
  });

  it("leaves other topics' fields alone", () => {
    expect(runningValues('t-orders', { partitions: 3 }, [shrink])).toEqual({});
    expect(onResetText('t-orders', { partitions: 3 }, [shrink])).toBeNull();
  });
});
