// The Capacity answer: expected figures from the formulas beside the simulation's measured ones, per broker; the
// verdict and its bottleneck; the same with the busiest broker and each rack down, and with the brokers a person
// chooses to take down (the what-if); what each topic needs.
// Pure: reads a CapacityInput (sim/capacityInput.ts) and the design's topic loads (computed once per design).
import { expectedByBroker, emptyFigures, type ExpectedBroker, type PlacedTopic } from './brokerLoad';
import { clusterFormulas } from './formulas';
import { availabilityLoss, chosenDown, downScenarios, electedLeaders, type DownScenario } from './headroom';
import { CAPACITY_THRESHOLDS, CAPACITY_WINDOW_MS } from './thresholds';
import type { TopicLoad } from './topicLoad';
import { groupCandidate, topicNeeds } from './topicNeeds';
import type {
  BrokerFigures,
  CapacityBroker,
  CapacityInput,
  CapacityReport,
  HeadroomScenario,
  Utilisation,
} from './types';
import { brokerCandidates, fraction, judge, type Candidate } from './verdict';

function figures(e: ExpectedBroker): BrokerFigures {
  return {
    networkInBytesPerSec: e.networkInBytesPerSec,
    networkOutBytesPerSec: e.networkOutBytesPerSec,
    diskWriteBytesPerSec: e.diskWriteBytesPerSec,
    storedBytes: e.storedBytes,
    partitions: e.partitions,
    leaders: e.leaders,
  };
}

function utilisationOf(b: CapacityBroker, f: BrokerFigures, peakStored: number): Utilisation {
  const stored = Number.isFinite(peakStored) ? Math.max(peakStored, f.storedBytes) : f.storedBytes;
  return {
    networkIn: fraction(f.networkInBytesPerSec, b.networkInCapacity),
    networkOut: fraction(f.networkOutBytesPerSec, b.networkOutCapacity),
    disk: fraction(f.diskWriteBytesPerSec, b.diskCapacity),
    storage: fraction(stored, b.diskBytes),
  };
}

/** `down`: brokers the person takes down in the what-if (`whatIf`); empty for none. */
export function buildCapacity(
  input: CapacityInput,
  loads: readonly TopicLoad[],
  down: readonly number[] = [],
): CapacityReport {
  const thresholds = CAPACITY_THRESHOLDS;
  const loadOf = new Map(loads.map((l) => [l.name, l]));
  const groupCount = new Map(input.topics.map((t) => [t.name, t.groups.length]));
  const topicsByName = new Map(input.topics.map((t) => [t.name, t]));
  const configured = (leaders: (t: (typeof input.topics)[number]) => number[]): PlacedTopic[] =>
    input.topics.flatMap((t) => {
      const load = loadOf.get(t.name);
      if (!load) return [];
      return [
        {
          load,
          config: t.config,
          groups: groupCount.get(t.name) ?? 0,
          replicas: t.partitions.map((p) => p.replicas),
          leaders: leaders(t),
        },
      ];
    });
  const clock = input;
  const up = new Set(input.brokers.filter((b) => b.up).map((b) => b.id));
  const placed = configured((t) => t.partitions.map((p) => p.leader));
  const expected = expectedByBroker(placed, up, clock);
  const candidates: Candidate[] = [];
  const brokers = input.brokers.map((b) => {
    const e = expected.get(b.id) ?? emptyFigures();
    const measured: BrokerFigures = {
      networkInBytesPerSec: b.networkInBytesPerSec,
      networkOutBytesPerSec: b.networkOutBytesPerSec,
      diskWriteBytesPerSec: b.diskWriteBytesPerSec,
      storedBytes: b.storedBytes,
      partitions: e.partitions,
      leaders: e.leaders,
    };
    const utilisation = utilisationOf(b, measured, e.peakStoredBytes);
    if (b.up) candidates.push(...brokerCandidates(b.id, utilisation, e, thresholds));
    const free = b.diskBytes - b.storedBytes;
    const filling = !Number.isFinite(e.peakStoredBytes) || e.peakStoredBytes > b.storedBytes;
    return {
      id: b.id,
      rack: b.rack,
      ...measured,
      diskBytes: b.diskBytes,
      utilisation,
      expected: {
        ...figures(e),
        peakStoredBytes: Number.isFinite(e.peakStoredBytes) ? e.peakStoredBytes : -1,
      },
      timeUntilFullMs:
        filling && e.diskWriteBytesPerSec > 0
          ? Math.max(0, Math.round((free / e.diskWriteBytesPerSec) * 1000))
          : null,
    };
  });
  // The leader's planning share of network in and disk: the smallest live broker's.
  let limit = Infinity;
  for (const b of input.brokers)
    if (b.up)
      limit = Math.min(limit, thresholds.networkIn * b.networkInCapacity, thresholds.disk * b.diskCapacity);
  const topics = input.topics.map((t) => {
    const needs = topicNeeds(t, loadOf.get(t.name), input.groups, limit);
    if (needs.candidate) candidates.push(needs.candidate);
    return needs.report;
  });
  for (const g of input.groups) {
    let rate = 0;
    let partitions = 0;
    for (const name of g.topics) {
      const l = loadOf.get(name);
      if (l) for (let p = 0; p < l.partitions; p++) rate += l.records[p]!;
      partitions += topicsByName.get(name)?.partitions.length ?? 0;
    }
    const c = groupCandidate(g, rate, partitions);
    if (c) candidates.push(c);
  }
  const { verdict, bottleneck } = judge(candidates);

  // N+1: the busiest live broker (expected in + out + disk), and each rack.
  let busiest: number | null = null;
  let most = -1;
  for (const [id, e] of expected) {
    const load = e.networkInBytesPerSec + e.networkOutBytesPerSec + e.diskWriteBytesPerSec;
    if (load > most) [busiest, most] = [id, load];
  }
  const racks = new Map<string, number[]>();
  for (const b of input.brokers) if (b.rack !== null) racks.set(b.rack, [...(racks.get(b.rack) ?? []), b.id]);
  const evaluate = (s: DownScenario): HeadroomScenario => {
    const live = new Set([...up].filter((id) => !s.down.has(id)));
    const scenario = expectedByBroker(
      configured((t) => electedLeaders(t, s.down)),
      live,
      clock,
    );
    const cands: Candidate[] = [];
    const survivors = [];
    for (const b of input.brokers) {
      const e = scenario.get(b.id);
      if (!e) continue;
      const utilisation = utilisationOf(b, e, e.peakStoredBytes);
      cands.push(...brokerCandidates(b.id, utilisation, e, thresholds));
      survivors.push({ id: b.id, expected: figures(e), utilisation });
    }
    const judged =
      live.size === 0
        ? {
            verdict: 'does not cope' as const,
            bottleneck: { resource: 'networkIn' as const, utilisation: 0, cause: 'no broker is left' },
          }
        : judge(cands);
    return { scenario: s.scenario, ...judged, brokers: survivors };
  };
  // The what-if also says what Kafka would stop doing: partitions offline or under min.insync.replicas fail first.
  const whatIfScenario = (s: DownScenario): HeadroomScenario => {
    const judged = evaluate(s);
    const lost = availabilityLoss(input.topics, s.down);
    // With no broker left that is the answer; otherwise a lost partition fails before any load.
    return lost && judged.brokers.length > 0
      ? { ...judged, verdict: 'does not cope', bottleneck: lost }
      : judged;
  };
  const headroom = downScenarios(input.brokers.length > 1 ? busiest : null, racks).map(evaluate);
  // The person's own what-if: the brokers they take down, recomputed the same way (the simulation runs on untouched).
  const known = down.filter((id) => input.brokers.some((b) => b.id === id));
  const whatIf = known.length > 0 ? whatIfScenario(chosenDown(known)) : null;

  const total = (f: (x: BrokerFigures) => number, xs: BrokerFigures[]) => xs.reduce((a, x) => a + f(x), 0);
  const expectedList = [...expected.values()];
  const totals = (xs: BrokerFigures[]) => ({
    networkIn: total((x) => x.networkInBytesPerSec, xs),
    networkOut: total((x) => x.networkOutBytesPerSec, xs),
    disk: total((x) => x.diskWriteBytesPerSec, xs),
    stored: total((x) => x.storedBytes, xs),
  });
  return {
    verdict,
    bottleneck,
    thresholds,
    windowMs: CAPACITY_WINDOW_MS,
    brokers,
    headroom,
    whatIf,
    topics,
    formulas: clusterFormulas(placed, totals(expectedList), totals(brokers)),
  };
}
