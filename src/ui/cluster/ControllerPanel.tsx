import type { SimulationReport } from '../../engine';
import { formatCount } from '../format';
import { rebalanceCountdown } from './controllerFigures';

/**
 * The KRaft controller's work so far: leader elections, unclean ones, moves back to preferred leaders, and partitions
 * that lost their leader with no replica to elect (offline: not an election).
 */
export function ControllerPanel({ report }: { report: SimulationReport }) {
  const { elections, uncleanElections, preferredElections, offlineTransitions } = report.controller;
  const countdown = rebalanceCountdown(report);
  return (
    <section className="controller" aria-label="Controller">
      <h3 className="controller__title">Controller</h3>
      <p className="controller__about">
        KRaft: a quorum of controllers keeps the cluster's metadata in its own Raft log, fences brokers that
        stop heartbeating and elects partition leaders. It replaced ZooKeeper, which Kafka 4.0 removed: where
        older articles say ZooKeeper, read the KRaft controller.
      </p>
      <dl className="controller__figures">
        <div>
          <dt>Elections</dt>
          <dd>{formatCount(elections)}</dd>
        </div>
        <div className={uncleanElections > 0 ? 'controller__bad' : undefined}>
          <dt title="a replica outside the ISR became leader: acknowledged records may be lost">
            Unclean elections
          </dt>
          <dd>{formatCount(uncleanElections)}</dd>
        </div>
        <div>
          <dt title="leadership moved back to the first replica listed">Preferred elections</dt>
          <dd>{formatCount(preferredElections)}</dd>
        </div>
        <div className={offlineTransitions > 0 ? 'controller__bad' : undefined}>
          <dt title="a partition lost its leader and no replica could take over: it went offline (not an election)">
            Offline transitions
          </dt>
          <dd>{formatCount(offlineTransitions)}</dd>
        </div>
      </dl>
      {countdown && <p className="controller__next">{countdown}</p>}
    </section>
  );
}
