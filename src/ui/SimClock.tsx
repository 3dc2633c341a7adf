import { memo } from 'react';
import { formatClock } from './format';

/** The simulated clock, the one number every other figure on the page is read against. */
export const SimClock = memo(function SimClock({ ms }: { ms: number }) {
  return (
    <div className="clock">
      <span role="timer" aria-label="Simulated time" className="clock__time">
        {formatClock(ms)}
      </span>
      <span className="clock__caption" aria-hidden="true">
        simulated
      </span>
    </div>
  );
});
