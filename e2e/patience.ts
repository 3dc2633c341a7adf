// Limits, never waits: every wait ends as soon as the page shows what it waits for. On a machine with one busy
// core the page, the worker and the browser share a fraction of that core, and the simulation plays slower than
// real time, so a wait for simulated seconds to pass gets a limit of its own, longer than the default in
// playwright.config.ts (which covers a person's step: a click, a field, a view).

/** For what needs simulated time to pass first: a session timeout, a fence, lag growing or draining. */
export const SIMULATED_TIME = { timeout: 180_000 };
