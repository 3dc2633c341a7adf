// The throttle a person can put on a broker's network, as a broker-throttle fault.

/** MB/s caps offered: a busy link, a slow one, and one too slow to keep followers in sync. */
export const THROTTLES = [50, 10, 1] as const;

export interface ThrottleOption {
  value: string;
  label: string;
  mbps: number | null;
}

/** "off" and the offered caps, plus the broker's current cap when a scheduled fault set another one. */
export function throttleOptions(current: number | null): ThrottleOption[] {
  const caps: number[] = [...THROTTLES];
  if (current !== null && !caps.includes(current)) caps.push(current);
  caps.sort((a, b) => b - a);
  return [
    { value: 'off', label: 'off', mbps: null },
    ...caps.map((mbps) => ({ value: String(mbps), label: `${mbps} MB/s`, mbps })),
  ];
}
