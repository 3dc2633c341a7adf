// The cluster view as a person (and getByRole) finds it, from a hand-built report.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { recordingSimActions } from '../commands/simActions.testing';
import { SimActionsContext } from '../simActions';
import { broker, partition, report, topic } from '../reports.testing';
import { ClusterPanels } from './ClusterPanels';
import { ClusterView } from './ClusterView';

const render = (element = <ClusterPanels report={afterKill} />) =>
  renderToStaticMarkup(<SimActionsContext value={recordingSimActions().sim}>{element}</SimActionsContext>);

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

describe('the cluster view', () => {
  it('asks for Play before there is a report', () => {
    expect(render(<ClusterView />)).toContain('Press Play to see the brokers');
  });

  it('shows one card per broker, named for its id, with its status and rack', () => {
    const html = render();
    for (const id of [1, 2, 3])
      expect(html).toMatch(new RegExp(`<h3 class="broker__name" id="[^"]+">Broker ${id}</h3>`));
    expect(html.match(/role="group" aria-labelledby=/g)).toHaveLength(3);
    expect(html).toContain('<span class="badge badge--warn">fenced</span>');
    expect(html).toContain('<span class="broker__rack">rack a</span>');
    expect(html).toContain('<p class="broker__facts">1 leader · 3 replicas · 0 B stored</p>');
    expect(html).toContain('0 / 10 MB/s');
  });

  it('offers Kill and Shut down on a broker that is up, Restart on one that is down, and a throttle on each', () => {
    const html = render();
    expect(html).toContain('aria-label="Kill broker 1"');
    expect(html).toContain('aria-label="Shut down broker 3"');
    expect(html).toContain('aria-label="Restart broker 2"');
    expect(html).not.toContain('aria-label="Kill broker 2"');
    expect(html).toMatch(
      /aria-label="Throttle broker 3"[^>]*>.*<option value="10" selected="">10 MB\/s<\/option>/,
    );
  });

  it('shows a cut-off broker as isolated, then fenced with the partitions it still believes it leads, and offers Reconnect', () => {
    const cutOff = (status: 'isolated' | 'isolated-fenced', zombieLeaders: number) =>
      render(
        <ClusterPanels
          report={report({
            brokers: [broker(1, { status, zombieLeaders, replicas: 3 }), broker(2), broker(3)],
          })}
        />,
      );
    const before = cutOff('isolated', 0);
    expect(before).toContain('<span class="badge badge--busy">isolated</span>');
    expect(before).toContain('cut off from the controller, still serving clients');
    expect(before).not.toContain('zombie leader');
    const after = cutOff('isolated-fenced', 2);
    expect(after).toContain('<span class="badge badge--warn">isolated · fenced</span>');
    expect(after).toContain(
      '<p class="broker__zombie">still believes it leads 2 partitions (zombie leader)</p>',
    );
    for (const html of [before, after]) {
      expect(html).toContain('aria-label="Reconnect broker 1"');
      expect(html).toContain('aria-label="Kill broker 1"');
      expect(html).not.toContain('aria-label="Isolate broker 1"');
      expect(html).not.toContain('aria-label="Restart broker 1"');
      expect(html).toContain('aria-label="Isolate broker 2"');
    }
  });

  it('marks leaders and followers out of the ISR on the brokers’ chips, each named as Kafka does', () => {
    const html = render();
    expect(html).toContain('aria-label="Replicas on broker 3"');
    expect(html).toContain('<dt class="replicas__name">orders</dt>');
    expect(html).toContain(
      '<li class="replica replica--leader" title="orders-1: leader"><span class="replica__star" aria-hidden="true">★</span><span class="visually-hidden">orders-</span>1<span class="visually-hidden"> leader</span></li>',
    );
    expect(html).toContain(
      '<li class="replica replica--out-of-sync" title="orders-0: follower, out of ISR"><span class="visually-hidden">orders-</span>0<span class="visually-hidden"> out of ISR</span></li>',
    );
  });

  it('lists partitions with leader, replicas, ISR and epoch, flagging the under-replicated and acks=all refused', () => {
    const html = render();
    expect(html).toContain('2 partitions · 2 under-replicated');
    expect(html).toContain(
      '<tr class="prow prow--under-replicated"><th scope="row" class="prow__name">orders-1</th><td class="prow__leader">3</td><td>2, 3, 1</td><td class="prow__isr">3, 1</td><td>1</td>',
    );
    expect(html).toContain('acks=all refused');
  });

  it('shows the controller’s elections and when it moves leadership back', () => {
    const html = render();
    expect(html).toContain('<dt>Elections</dt><dd>1</dd>');
    expect(html).toContain('Offline transitions</dt><dd>2</dd>');
    expect(html).toContain('leadership rebalance in 240 s');
  });
});
