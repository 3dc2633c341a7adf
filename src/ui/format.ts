// How numbers and times read on the page: the same in every table, pinned by format.test.ts.

const counts = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** A whole count with thousands separators: 2451 -> "2,451". */
export function formatCount(n: number): string {
  return counts.format(Math.round(n));
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Simulated time as a clock: "00:05", "12:34", and past an hour "1:02:03". Seconds are floored. */
export function formatClock(ms: number): string {
  const total = Math.floor(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${pad(minutes)}:${pad(seconds)}`;
}

/** A speed factor as the select shows it: 0.1 -> "0.1x", 10 -> "10x". */
export function formatSpeed(factor: number): string {
  return `${factor}x`;
}
