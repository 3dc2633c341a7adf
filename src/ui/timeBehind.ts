// Lag in time, as a person reads it beside the lag in records: "4 s behind", "6.4 min behind".

/** How far behind the oldest uncommitted record is: "under 1 s behind", "38 s behind", "6.4 min behind". */
export function describeBehind(timeLagMs: number): string {
  if (timeLagMs < 1000) return timeLagMs <= 0 ? 'up to date' : 'under 1 s behind';
  const seconds = timeLagMs / 1000;
  if (seconds < 100) return `${Math.round(seconds)} s behind`;
  const minutes = seconds / 60;
  if (minutes < 100) return `${minutes.toFixed(1)} min behind`;
  return `${(minutes / 60).toFixed(1)} h behind`;
}
