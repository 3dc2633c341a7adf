// Bandwidth and sizes in decimal units, as the design document's MB/s are (1 MB = 1,000,000 bytes).

const MB = 1e6;

/** A number with one decimal below ten, whole above: 0.42 -> "0.4", 12.6 -> "13". */
function short(n: number): string {
  if (n === 0) return '0';
  if (n < 10) return String(Number(n.toFixed(1)));
  return Math.round(n).toLocaleString('en-US');
}

/** Bytes per second as MB/s, without the unit: 3_240_000 -> "3.2", 125_000_000 -> "125". */
export function megabytesPerSec(bytesPerSec: number): string {
  return short(bytesPerSec / MB);
}

/** Stored bytes: "0 B", "840 kB", "12 MB", "1.4 GB". */
export function formatBytes(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let n = bytes;
  let i = 0;
  while (n >= 1000 && i < units.length - 1) {
    n /= 1000;
    i++;
  }
  return `${short(n)} ${units[i]}`;
}
