// Hand-built Capacity answers for the view tests: only the figures a test is about need saying.
import type { CapacityBrokerReport, CapacityReport } from '../../engine';

const MB = 1e6;

export function capacityBroker(
  id: number,
  overrides: Partial<CapacityBrokerReport> = {},
): CapacityBrokerReport {
  const figures = {
    networkInBytesPerSec: 50 * MB,
    networkOutBytesPerSec: 60 * MB,
    diskWriteBytesPerSec: 50 * MB,
    storedBytes: 120e9,
    partitions: 18,
    leaders: 6,
  };
  return {
    id,
    rack: null,
    ...figures,
    diskBytes: 1000e9,
    utilisation: { networkIn: 0.4, networkOut: 0.48, disk: 0.1, storage: 0.2 },
    expected: { ...figures, peakStoredBytes: 200e9 },
    timeUntilFullMs: null,
    ...overrides,
  };
}

export function capacityReport(overrides: Partial<CapacityReport> = {}): CapacityReport {
  return {
    verdict: 'copes',
    bottleneck: {
      resource: 'networkOut',
      broker: 1,
      utilisation: 0.48,
      cause: 'broker 1 network out at 48%: 2 consumer groups read every byte',
    },
    thresholds: { networkIn: 0.8, networkOut: 0.8, disk: 0.8, storage: 0.85 },
    windowMs: 10_000,
    brokers: [capacityBroker(1), capacityBroker(2), capacityBroker(3)],
    headroom: [],
    whatIf: null,
    topics: [],
    formulas: [],
    ...overrides,
  };
}
