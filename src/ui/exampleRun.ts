import example from '../../examples/article-pipeline.json';

/** What "Run example" runs: the article's pipeline, seed 1, at 10x so rebalances and lag show quickly. */
export const EXAMPLE_DOCUMENT: unknown = example;
export const EXAMPLE_SEED = 1;
export const EXAMPLE_SPEED = 10;

/** Simulated time one press of Step adds. */
export const STEP_MS = 1000;

/** The speeds the select offers, within the protocol's MIN_SPEED..MAX_SPEED. */
export const SPEEDS = [0.1, 1, 10, 100] as const;
