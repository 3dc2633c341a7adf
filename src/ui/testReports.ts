// Hand-built reports for the view tests: only the fields a test is about need saying.
import type { GroupReport, SimulationReport } from '../engine';

export function group(overrides: Partial<GroupReport>): GroupReport {
  return {
    groupId: 'database',
    node: 'database',
    state: 'Stable',
    generation: 1,
    rebalances: 1,
    assignor: 'range',
    members: [],
    pendingMembers: [],
    committed: {},
    lag: 0,
    recordsConsumed: 0,
    bytesConsumed: 0,
    recordsPerSec: 0,
    duplicates: 0,
    lagTrend: 'steady',
    timeToDrainMs: null,
    ...overrides,
  };
}

export function report(overrides: Partial<SimulationReport>): SimulationReport {
  return {
    simulatedMs: 0,
    seed: 1,
    sources: [],
    topics: [],
    groups: [],
    processors: [],
    events: 0,
    ...overrides,
  };
}

export const member = (memberId: string, assignment: Record<string, number[]>) => ({
  memberId,
  clientId: memberId,
  assignment,
  recordsConsumed: 0,
});
