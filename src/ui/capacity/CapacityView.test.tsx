// The Capacity view as a person (and getByRole) finds it, from hand-built reports: the verdict, the brokers against
// their limits, the headroom with the what-if's brokers taken down, topics, groups and the formulas with their why.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useFranz } from '../../store/store';
import { renderWithSim, setSim } from '../render.testing';
import { group, report } from '../reports.testing';
import { CapacityView } from './CapacityView';
import { capacityBroker, capacityReport } from './capacityReports.testing';

const MB = 1e6;

/** A table's row named by its row header, as its cells' text. */
function row(table: string, name: string): string[] {
  const t = screen.getByRole('table', { name: table });
  const r = within(t)
    .getAllByRole('row')
    .find((x) => within(x).queryAllByRole('rowheader')[0]?.textContent === name);
  if (!r)
    throw new Error(
      `no row ${name} in ${table}: ${within(t)
        .queryAllByRole('rowheader')
        .map((h) => JSON.stringify(h.textContent))
        .join(', ')}`,
    );
  return within(r)
    .getAllByRole('cell')
    .map((c) => c.textContent);
}

function cells(table: string, name: string): HTMLElement[] {
  const t = screen.getByRole('table', { name: table });
  const r = within(t)
    .getAllByRole('row')
    .find((x) => within(x).queryAllByRole('rowheader')[0]?.textContent === name)!;
  return within(r).getAllByRole('cell');
}

// Broker 2's network in is past its 80% limit (105 of 125 MB/s); its disk fills in 3 h 20 min.
const overloaded = capacityReport({
  verdict: 'does not cope',
  bottleneck: {
    resource: 'networkIn',
    broker: 2,
    utilisation: 0.84,
    cause:
      'broker 2 network in at 84%: it leads 6 of its 18 partitions (produce requests) and follows the rest (replication)',
  },
  brokers: [
    capacityBroker(1, { rack: 'zone-a' }),
    capacityBroker(2, {
      rack: 'zone-b',
      networkInBytesPerSec: 105 * MB,
      utilisation: { networkIn: 0.84, networkOut: 0.72, disk: 0.2, storage: 0.3 },
      expected: {
        networkInBytesPerSec: 104 * MB,
        networkOutBytesPerSec: 90 * MB,
        diskWriteBytesPerSec: 105 * MB,
        storedBytes: 300e9,
        partitions: 18,
        leaders: 6,
        peakStoredBytes: -1,
      },
      timeUntilFullMs: (3 * 3600 + 20 * 60) * 1000,
    }),
    capacityBroker(3),
  ],
  headroom: [
    {
      scenario: 'broker 2 down',
      verdict: 'does not cope',
      bottleneck: {
        resource: 'networkOut',
        broker: 1,
        utilisation: 0.9,
        cause: 'broker 1 network out at 90%',
      },
      brokers: [],
    },
    {
      scenario: 'rack zone-a down',
      verdict: 'copes',
      bottleneck: { resource: 'networkIn', broker: 2, utilisation: 0.5, cause: 'broker 2 network in at 50%' },
      brokers: [],
    },
  ],
  topics: [
    {
      name: 'telemetry',
      partitions: 6,
      partitionsNeeded: 84,
      hottestPartitionShare: 0.41,
      perPartitionRecordsPerSec: 126_000,
      perConsumerRecordsPerSec: 600,
      recordsPerSec: 50_000,
    },
  ],
  formulas: [
    {
      figure: 'cluster network in',
      formula: 'cluster in = T x RF = 35.00 MB/s x 3 = 105.00 MB/s',
      expected: 105 * MB,
      simulated: 104 * MB,
    },
    {
      figure: 'cluster network out',
      formula: 'cluster out = T x (RF - 1) + T x G = 35.00 MB/s x 2 + 35.00 MB/s x 2 = 140.00 MB/s',
      expected: 140 * MB,
      simulated: 70 * MB,
    },
  ],
});

function showing(capacity = overloaded, overrides = {}) {
  setSim({
    report: report({
      simulatedMs: 60_000,
      groups: [
        group({
          groupId: 'analytics',
          members: [],
          lag: 52_300,
          lagSeconds: 95,
          lagTrend: 'growing',
          consumersNeeded: 84,
          partitionsLimit: 6,
          status: 'ERR',
          partitionStatus: { telemetry: ['OK', 'WARN', 'WARN', 'STALL', null, 'OK'] },
          latencyMs: { p50: 4.25, p99: 38.2, p999: 120 },
        }),
      ],
      capacity,
      ...overrides,
    }),
  });
}

describe('the Capacity view', () => {
  it('asks for Play before there is a report, and says it is measuring until the answer comes', () => {
    renderWithSim(<CapacityView />);
    const view = screen.getByRole('region', { name: 'Capacity' });
    expect(within(view).getByText(/^Press Play or Step/)).not.toBeNull();
    setSim({ report: report({}) });
    expect(within(view).getByText('Measuring…')).not.toBeNull();
  });

  it('gives the verdict as a status, with the bottleneck, what else is over its limit and the limits used', () => {
    renderWithSim(<CapacityView />);
    showing();
    const status = screen.getByRole('status', { name: 'Verdict' });
    expect(status.textContent).toContain('Does not cope');
    expect(status.textContent).toContain(
      'Bottleneck: broker 2 network in at 84%: it leads 6 of its 18 partitions',
    );
    expect(status.textContent).toContain('Over their limits: broker 2 network in at 84%');
    expect(status.textContent).toContain(
      'Planning limits: network in and out and disk write 80% of bandwidth, disk space 85% of the disk; measured over the last 10 s',
    );
    showing(capacityReport());
    expect(status.textContent).toContain('Copes');
    expect(status.textContent).toContain('Closest to its limit: broker 1 network out at 48%');
    expect(status.textContent).not.toContain('Over their limits');
  });

  it('shows each broker’s resources with utilisation coloured by its limit, the formula beside, and when the disk is full', () => {
    renderWithSim(<CapacityView />);
    showing();
    expect(row('Brokers against their planning limits', 'Broker 2 zone-b')).toEqual([
      '105 MB/s84%expected 104 MB/s',
      '60 MB/s72%expected 90 MB/s',
      '50 MB/s20%expected 105 MB/s',
      '120 GB of 1,000 GB30%expected 300 GB, growing (no retention limit)',
      '186 leaders, 12 followers',
      'in 3 h 20 min',
    ]);
    const [netIn, netOut, disk] = cells('Brokers against their planning limits', 'Broker 2 zone-b');
    expect(netIn!.className).toContain('cap-util--over');
    expect(netOut!.className).toContain('cap-util--near');
    expect(disk!.className).toContain('cap-util--under');
    expect(row('Brokers against their planning limits', 'Broker 1 zone-a')[3]).toBe(
      '120 GB of 1,000 GB20%expected 120 GB, 200 GB once retention holds',
    );
    expect(row('Brokers against their planning limits', 'Broker 1 zone-a')[5]).toBe('not filling');
  });

  it('lists the headroom scenarios, and takes brokers down in the what-if when their boxes are ticked', async () => {
    const { user } = renderWithSim(<CapacityView />);
    showing();
    const headroom = 'Failure headroom: does it still cope?';
    expect(row(headroom, 'broker 2 down')).toEqual(['does not cope', 'broker 1 network out at 90%']);
    expect(row(headroom, 'rack zone-a down')).toEqual(['copes', 'broker 2 network in at 50%']);
    expect(row('Take brokers down (a what-if: the simulation runs on)', 'Broker 3')).toEqual([
      'up',
      '6',
      '40%',
      '48%',
      '10%',
    ]);

    await user.click(screen.getByRole('checkbox', { name: 'Take down broker 3' }));
    await user.click(screen.getByRole('checkbox', { name: 'Take down broker 1' }));
    expect(useFranz.getState().capacityDown).toEqual([1, 3]);
    // The worker answers with the what-if.
    showing({
      ...overloaded,
      whatIf: {
        scenario: 'brokers 1, 3 down',
        verdict: 'does not cope',
        bottleneck: {
          resource: 'partitions',
          topic: 'telemetry',
          utilisation: 1,
          cause: 'telemetry-0 keeps 1 in-sync replica, fewer than min.insync.replicas 2',
        },
        brokers: [
          {
            id: 2,
            expected: { ...overloaded.brokers[1]!.expected, leaders: 18 },
            utilisation: { networkIn: 0.84, networkOut: 1.5, disk: 0.2, storage: 0.3 },
          },
        ],
      },
    });
    expect(row(headroom, 'brokers 1, 3 down your what-if')).toEqual([
      'does not cope',
      'telemetry-0 keeps 1 in-sync replica, fewer than min.insync.replicas 2',
    ]);
    const whatIf = 'Take brokers down (a what-if: the simulation runs on)';
    expect(row(whatIf, 'Broker 1 zone-a')).toEqual(['down', 'takes no load']);
    expect(row(whatIf, 'Broker 2 zone-b')).toEqual(['up', '18', '84%', '150%', '20%']);
    expect(cells(whatIf, 'Broker 2 zone-b')[3]!.className).toContain('cap-pct--over');

    await user.click(screen.getByRole('checkbox', { name: 'Take down broker 3' }));
    expect(useFranz.getState().capacityDown).toEqual([1]);
  });

  it('shows partitions against partitions needed, and each group’s consumers, lag and Burrow status', () => {
    renderWithSim(<CapacityView />);
    showing();
    expect(row('Topics: partitions against partitions needed', 'telemetry')).toEqual([
      '6',
      '84',
      '50,000',
      '126,000',
      '600',
      '41% (even: 17%)',
    ]);
    expect(row('Consumer groups: do they keep up?', 'analytics')).toEqual([
      '0',
      '84only 6 get a partition',
      '52,300 records',
      '1 min 35 s',
      '↑ growing',
      '4.3 / 38 / 120 ms',
      'ERR2 OK, 2 WARN, 1 STALL',
    ]);
  });

  it('puts each formula beside the simulation and says why they differ by more than 2%', () => {
    renderWithSim(<CapacityView />);
    showing(overloaded, {
      brokers: [],
      sources: [],
    });
    const formulas = 'The formulas beside the simulation';
    expect(row(formulas, 'cluster network in')).toEqual([
      'cluster in = T x RF = 35.00 MB/s x 3 = 105.00 MB/s',
      '105 MB/s',
      '104 MB/s',
      '1.0%',
    ]);
    expect(row(formulas, 'cluster network out')[3]).toBe(
      '50.0%why: group analytics reads less than arrives (lag grows)',
    );
  });
});
