import { describe, expect, it } from 'vitest';
import { report } from './testReports';
import { toTopicRows } from './topicRows';

describe('toTopicRows', () => {
  it('counts records in as the sum of the log-end offsets', () => {
    const partition = (p: number, logEndOffset: number) => ({
      partition: p,
      logStartOffset: 0,
      logEndOffset,
      highWatermark: logEndOffset,
      segments: 1,
      sizeInBytes: 0,
    });
    const rows = toTopicRows(
      report({
        topics: [
          {
            name: 'payments',
            recordsPerSec: 49,
            partitions: [partition(0, 363), partition(1, 554), partition(2, 423)],
          },
        ],
      }),
    );
    expect(rows).toEqual([{ name: 'payments', partitions: 3, recordsIn: 1340, recordsPerSec: 49 }]);
  });
});
