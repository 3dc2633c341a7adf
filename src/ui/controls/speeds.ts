/** The speeds the Speed select offers, within the protocol's 0.1x..100x. */
export const SPEEDS = [0.1, 0.5, 1, 2, 5, 10, 25, 50, 100] as const;
