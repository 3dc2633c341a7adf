// Why a formula and the simulation part by more than 2%, from what the report shows: the simulation has not run a
// whole span in steady state yet, a broker is down or throttled, a source is paused, blocked or sends in bursts,
// or a group reads less than arrives; for what is stored, a source whose rate changed during the run. Honest: when none of these applies it says the report does not explain it.
import type { CapacityFormula } from '../../engine';

/** Past this relative difference the formula and the simulation disagree (the "within 2%"). */
export const AGREEMENT = 0.02;

export interface WhyContext {
  simulatedMs: number;
  /** The span the measured figures average (capacity.windowMs). */
  windowMs: number;
  downBrokers: number[];
  throttledBrokers: number[];
  pausedSources: string[];
  blockedSources: string[];
  /** Sources that send in bursts (arrival bursty). */
  burstySources: string[];
  /** Groups whose lag grows: they read less than arrives. */
  behindGroups: string[];
  /** Sources (constant or Poisson) whose records so far are not their rate x the time run: the rate changed. */
  changedSources: string[];
}

const list = (xs: readonly (string | number)[]) => xs.join(', ');
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** The relative difference of simulated against expected; null when there is nothing to compare. */
export function apart(f: CapacityFormula): number | null {
  if (f.simulated === null) return null;
  if (f.expected === 0) return f.simulated === 0 ? 0 : Infinity;
  return Math.abs(f.simulated - f.expected) / f.expected;
}

/** Why this formula and the simulation differ by more than 2%; null when they agree. */
export function whyApart(f: CapacityFormula, ctx: WhyContext): string | null {
  const d = apart(f);
  if (d === null || d <= AGREEMENT) return null;
  const reasons: string[] = [];
  const stored = f.figure.includes('stored');
  // Two spans: the first records, batches and fetches settle before the measured span is steady.
  if (ctx.simulatedMs < 2 * ctx.windowMs)
    reasons.push(
      `not yet in steady state: ${Math.floor(ctx.simulatedMs / 1000)} s simulated, the figures average the last ${ctx.windowMs / 1000} s`,
    );
  if (ctx.downBrokers.length > 0)
    reasons.push(
      `failure: ${plural(ctx.downBrokers.length, 'broker', 'brokers')} ${list(ctx.downBrokers)} down, so fewer followers copy and its leaders moved`,
    );
  if (ctx.throttledBrokers.length > 0)
    reasons.push(
      `${plural(ctx.throttledBrokers.length, 'broker', 'brokers')} ${list(ctx.throttledBrokers)} throttled below the load`,
    );
  if (ctx.pausedSources.length > 0)
    reasons.push(
      `paused: ${list(ctx.pausedSources)} ${plural(ctx.pausedSources.length, 'sends', 'send')} nothing`,
    );
  if (ctx.blockedSources.length > 0)
    reasons.push(
      `${list(ctx.blockedSources)} blocked on buffer.memory: ${plural(ctx.blockedSources.length, 'it sends', 'they send')} less than the rate`,
    );
  if (!stored && ctx.burstySources.length > 0)
    reasons.push(
      `bursts: ${list(ctx.burstySources)} ${plural(ctx.burstySources.length, 'sends', 'send')} on, then off, so the last span is not the mean`,
    );
  if (f.figure.includes('out') && ctx.behindGroups.length > 0)
    reasons.push(
      `${plural(ctx.behindGroups.length, 'group', 'groups')} ${list(ctx.behindGroups)} ${plural(ctx.behindGroups.length, 'reads', 'read')} less than arrives (lag grows)`,
    );
  if (stored && ctx.changedSources.length > 0)
    reasons.push(
      `history: ${list(ctx.changedSources)} ran at another rate earlier, and what is stored follows the rates ${plural(ctx.changedSources.length, 'it', 'they')} had`,
    );
  if (reasons.length === 0)
    reasons.push('not explained by what the report shows: compare the per-broker figures above');
  return reasons.join('; ');
}
