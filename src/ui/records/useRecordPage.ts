// Asks the worker for one partition's records while the record inspector is open: at once, then once a second
// (records keep arriving while it plays), and never after it closes. The answer comes through the store.
import { useEffect } from 'react';
import type { RecordPage } from '../../engine';
import { useFranz } from '../../store/store';
import { useSimActions } from '../simActions';

/** Wall-clock ms between two requests while open: at most once a second. */
export const RECORDS_REFRESH_MS = 1000;

/** The worker's page for this partition and start offset (null: newest), or undefined until it answers. */
export function useRecordPage(
  topic: string,
  partition: number,
  fromOffset: number | null,
  limit: number,
): RecordPage | null | undefined {
  const { requestRecords } = useSimActions();
  useEffect(() => {
    const ask = () => requestRecords({ topic, partition, fromOffset, limit });
    ask();
    const timer = setInterval(ask, RECORDS_REFRESH_MS);
    return () => clearInterval(timer);
  }, [requestRecords, topic, partition, fromOffset, limit]);
  return useFranz((s) => {
    const answer = s.sim.records;
    if (!answer) return undefined;
    const q = answer.query;
    const same =
      q.topic === topic && q.partition === partition && q.fromOffset === fromOffset && q.limit === limit;
    return same ? answer.page : undefined;
  });
}
