/** The per-record mode's speeds (every record runs), within the protocol's 0.1x..MAX_RECORD_SPEED. */
export const SPEEDS = [0.1, 0.5, 1, 2, 5, 10, 25, 50, 100] as const;

/** The fluid mode's speeds (flows as rates), up to the protocol's MAX_SPEED: an hour a second. */
export const FLUID_SPEEDS = [1, 10, 100, 600, 3600] as const;

/** A fluid option's value in the Speed select; a per-record option's value is the bare factor. */
export const fluidValue = (factor: number) => `fluid:${factor}`;
