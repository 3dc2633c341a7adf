import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * `value`, taken up `delayMs` after it changes, in a timer task of its own (always the newest value, at
 * most one pending timer). The charts redrawn in the task that brought their data made one long
 * main-thread task (40-60 ms on the benchmark's design); a task each keeps every task short. The charts
 * gain one sample per simulated second, so drawing it a fraction of a second later is not seen.
 */
export function useStaggered<T>(value: T, delayMs: number): T {
  const [shown, setShown] = useState(value);
  const latest = useRef(value);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    if (latest.current === value) return;
    latest.current = value;
    if (timer.current !== null) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      // Rendered here, in this timer's task: left to React's scheduler, timers that fell due together
      // on a busy page would be batched into one render, charts and all.
      flushSync(() => setShown(latest.current));
    }, delayMs);
  }, [value, delayMs]);

  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = null;
    },
    [],
  );

  return shown;
}

/** False until `delayMs` after the first render, then true: for work that wants a task of its own. */
export function useAfter(delayMs: number): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => flushSync(() => setAfter(true)), delayMs);
    return () => clearTimeout(timer);
  }, [delayMs]);
  return after;
}
