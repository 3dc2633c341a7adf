// The cluster view as a person (and getByRole) finds it, from a hand-built report, and the faults its buttons
// ask for.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithSim, setSim } from '../render.testing';
import { broker, partition, report, topic } from '../reports.testing';
import { ClusterPanels } from './ClusterPanels';
import { ClusterView } from './ClusterView';

// Broker 2 was killed 12 s ago: fenced, its leadership of orders-1 moved to broker 3.
const afterKill = report({
  simulatedMs: 60_000,
  brokers: [
    broker(1, { leaders: 1, replicas: 3, rack: 'a' }),
    broker(2, { status: 'fenced', replicas: 3 }),
    broker(3, { leaders: 1, replicas: 3, throttledMBps: 10, networkInCapacity: 10e6 }),
  ],
  topics: [
    topic('orders', [
      partition(0, { replicas: [1, 2, 3], isr: [1, 3], leaderEpoch: 0 }),
      partition(1, { replicas: [2, 3, 1], isr: [3, 1], leader: 3, leaderEpoch: 1, minIsr: 3 }),
    ]),
  ],
  controller: {
    elections: 1,
    uncleanElections: 0,
    preferredElections: 0,
    offlineTransitions: 2,
    nextLeaderRebalanceMs: 300_000,
  },
});

const brokerCard = (id: number) => screen.getByRole('group', { name: `Broker ${id}` });
const button = (name: string) => screen.getByRole<HTMLButtonElement>('button', { name });
const hasButton = (name: string) => screen.queryByRole('button', { name }) !== null;

/** A description list as pairs: "Elections" -> "1". */
function definitions(list: HTMLElement): Record<string, string> {
  const terms = within(list).getAllByRole('term');
  const values = within(list).getAllByRole('definition');
  return Object.fromEntries(terms.map((term, i) => [term.textContent, values[i]?.textContent ?? '']));
}

/** The partitions table's row for one partition ("orders-1"), as its cells' text. */
function partitionRow(name: string): string[] {
  const row = screen.getAllByRole('row').find((r) => within(r).queryByRole('rowheader', { name }) !== null);
  if (!row) throw new Error(`no row for ${name}`);
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
}

describe('the cluster view', () => {
  it('asks for Play before there is a report', () => {
    renderWithSim(<ClusterView />);
    const cluster = screen.getByRole('region', { name: 'Cluster' });
    expect(within(cluster).getByText(/^Press Play to see the brokers/)).not.toBeNull();
  });

  it('shows one card per broker, named for its id, with its status and rack', () => {
    renderWithSim(<ClusterPanels report={afterKill} />);
    // Each card is a group named by its heading.
    expect(screen.getAllByRole('group')).toEqual([brokerCard(1), brokerCard(2), brokerCard(3)]);
    for (const id of [1, 2, 3])
      expect(within(brokerCard(id)).getByRole('heading', { level: 3 }).textContent).toBe(`Broker ${id}`);
    const fenced = within(brokerCard(2)).getByText('fenced');
    expect(fenced.classList.contains('badge--warn')).toBe(true);
    expect(within(brokerCard(1)).getByText('rack a')).not.toBeNull();
    expect(within(brokerCard(1)).getByText('1 leader · 3 replicas · 0 B stored')).not.toBeNull();
    expect(definitions(brokerCard(3))['Network in']).toBe('0 / 10 MB/s');
  });

  it('offers Kill and Shut down on a broker that is up, Restart on one that is down, and a throttle on each', () => {
    renderWithSim(<ClusterPanels report={afterKill} />);
    expect(hasButton('Kill broker 1')).toBe(true);
    expect(hasButton('Shut down broker 3')).toBe(true);
    expect(hasButton('Restart broker 2')).toBe(true);
    expect(hasButton('Kill broker 2')).toBe(false);
    for (const id of [1, 2, 3])
      expect(screen.getByRole('combobox', { name: `Throttle broker ${id}` })).not.toBeNull();
    const throttle = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Throttle broker 3' });
    expect(throttle.value).toBe('10');
    expect(within(throttle).getByRole('option', { selected: true }).textContent).toBe('10 MB/s');
  });

  it('asks for each broker fault once the simulation is live, and not before', async () => {
    const { user, calls } = renderWithSim(<ClusterPanels report={afterKill} />);
    expect(button('Kill broker 1').disabled).toBe(true);
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Throttle broker 1' }).disabled).toBe(
      true,
    );
    setSim({ status: 'live' });
    await user.click(button('Kill broker 1'));
    await user.click(button('Shut down broker 3'));
    await user.click(button('Isolate broker 1'));
    await user.click(button('Restart broker 2'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Throttle broker 1' }), '1 MB/s');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Throttle broker 3' }), 'off');
    expect(calls).toEqual([
      'fault {"type":"broker-kill","broker":1}',
      'fault {"type":"broker-shutdown","broker":3}',
      'fault {"type":"broker-isolate","broker":1}',
      'fault {"type":"broker-restart","broker":2}',
      'fault {"type":"broker-throttle","broker":1,"networkMBps":1}',
      'fault {"type":"broker-throttle","broker":3,"networkMBps":null}',
    ]);
  });

  it('shows a cut-off broker as isolated, then fenced with the partitions it still believes it leads, and offers Reconnect', async () => {
    const cutOff = (status: 'isolated' | 'isolated-fenced', zombieLeaders: number) =>
      report({ brokers: [broker(1, { status, zombieLeaders, replicas: 3 }), broker(2), broker(3)] });
    const { rerender, user, calls } = renderWithSim(<ClusterPanels report={cutOff('isolated', 0)} />);
    const offersReconnect = () => {
      expect(hasButton('Reconnect broker 1')).toBe(true);
      expect(hasButton('Kill broker 1')).toBe(true);
      expect(hasButton('Isolate broker 1')).toBe(false);
      expect(hasButton('Restart broker 1')).toBe(false);
      expect(hasButton('Isolate broker 2')).toBe(true);
    };
    const isolated = within(brokerCard(1)).getByText('isolated');
    expect(isolated.classList.contains('badge--busy')).toBe(true);
    expect(
      within(brokerCard(1)).getByText('cut off from the controller, still serving clients'),
    ).not.toBeNull();
    expect(screen.queryByText(/zombie leader/)).toBeNull();
    offersReconnect();

    rerender(<ClusterPanels report={cutOff('isolated-fenced', 2)} />);
    const fenced = within(brokerCard(1)).getByText('isolated · fenced');
    expect(fenced.classList.contains('badge--warn')).toBe(true);
    expect(
      within(brokerCard(1)).getByText('still believes it leads 2 partitions (zombie leader)'),
    ).not.toBeNull();
    offersReconnect();

    setSim({ status: 'live' });
    await user.click(button('Reconnect broker 1'));
    expect(calls).toEqual(['fault {"type":"broker-reconnect","broker":1}']);
  });

  it('marks leaders and followers out of the ISR on the brokers’ chips, each named as Kafka does', () => {
    renderWithSim(<ClusterPanels report={afterKill} />);
    const onBroker3 = screen.getByLabelText('Replicas on broker 3');
    expect(within(onBroker3).getByRole('term').textContent).toBe('orders');
    const leader = within(onBroker3).getByRole('listitem', { name: 'orders-1: leader' });
    const inSync = within(onBroker3).getByRole('listitem', { name: 'orders-0: follower, in sync' });
    const onBroker2 = screen.getByLabelText('Replicas on broker 2');
    const outOfSync = within(onBroker2).getByRole('listitem', { name: 'orders-0: follower, out of ISR' });
    // What a screen reader reads: the star is decoration, "orders-" and the role are there for it alone.
    expect(leader.textContent).toBe('★orders-1 leader');
    expect(within(leader).getByText('★').getAttribute('aria-hidden')).toBe('true');
    expect(inSync.textContent).toBe('orders-0');
    expect(outOfSync.textContent).toBe('orders-0 out of ISR');
    expect(leader.classList.contains('replica--leader')).toBe(true);
    expect(outOfSync.classList.contains('replica--out-of-sync')).toBe(true);
  });

  it('lists partitions with leader, replicas, ISR and epoch, flagging the under-replicated and acks=all refused', () => {
    renderWithSim(<ClusterPanels report={afterKill} />);
    expect(screen.getByText('2 partitions · 2 under-replicated')).not.toBeNull();
    const table = screen.getByRole('table', { name: 'Partitions' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Partition',
      'Leader',
      'Replicas',
      'ISR',
      'Leader epoch',
      'State',
      'High watermark ?',
      'Log end per replica',
      'Records',
    ]);
    const [leader, replicas, isr, epoch, state] = partitionRow('orders-1');
    expect([leader, replicas, isr, epoch]).toEqual(['3', '2, 3, 1', '3, 1', '1']);
    expect(state).toBe('under-replicatedacks=all refused');
    expect(partitionRow('orders-0')[4]).toBe('under-replicated');
  });

  it('shows the controller’s elections and when it moves leadership back', () => {
    renderWithSim(<ClusterPanels report={afterKill} />);
    const controller = screen.getByRole('region', { name: 'Controller' });
    expect(definitions(controller)).toEqual({
      Elections: '1',
      'Unclean elections': '0',
      'Preferred elections': '0',
      'Offline transitions': '2',
    });
    expect(within(controller).getByText('leadership rebalance in 240 s')).not.toBeNull();
  });
});
