import { useEffect } from 'react';
import { useFranz } from '../../store/store';
import { LAST_GOOD_DELAY_MS, recordDrawn } from '../persistence/lastGood';
import { browserEnv } from '../persistence/pageEnv';

/**
 * Records the design as the last one that worked once it has been on screen for a moment with no part
 * failing to draw it. Its effect runs after the page committed the design; a failure in that commit sets
 * `renderCrash`, which clears the timer before it fires.
 */
export function LastGoodKeeper() {
  const doc = useFranz((s) => s.doc);
  const crashed = useFranz((s) => s.renderCrash !== null);
  useEffect(() => {
    if (crashed) return;
    const timer = setTimeout(() => recordDrawn(browserEnv().storage, doc), LAST_GOOD_DELAY_MS);
    return () => clearTimeout(timer);
  }, [doc, crashed]);
  return null;
}
