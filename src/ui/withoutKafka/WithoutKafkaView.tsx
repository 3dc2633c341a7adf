import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useFranz } from '../../store/store';
import type { FranzState } from '../../store/store';
import {
  connectionsText,
  countIntegrations,
  endpointList,
  integrationsText,
  toEndpoints,
} from './integrations';
import { columnLayout } from './layout';
import { PointToPointDiagram } from './PointToPointDiagram';
import { WithKafkaDiagram } from './WithKafkaDiagram';
import './withoutKafka.css';

const selectEndpoints = (s: FranzState) => endpointList(s.doc);

/**
 * The design's sources and sinks wired point to point, beside the same endpoints through Kafka, with
 * the counts that make the case. It follows the design live: add a sink and both counts change.
 */
export function WithoutKafkaView() {
  const list = useFranz(useShallow(selectEndpoints));
  const endpoints = useMemo(() => toEndpoints(list), [list]);
  const counts = countIntegrations(endpoints.sources.length, endpoints.targets.length);
  const layout = useMemo(
    () => columnLayout(counts.sources, counts.targets),
    [counts.sources, counts.targets],
  );
  const empty = counts.sources === 0 || counts.targets === 0;

  return (
    <section className="wk" aria-label="Without Kafka">
      <div className="wk__panels">
        <div className="wk__panel">
          <h2 className="wk__count">
            <span className="wk__label">Without Kafka: </span>
            <span className="wk__number wk__number--bad">{integrationsText(counts)}</span>
          </h2>
          {empty ? <EmptyHint /> : <PointToPointDiagram endpoints={endpoints} layout={layout} />}
        </div>
        <div className="wk__panel">
          <h2 className="wk__count">
            <span className="wk__label">With Kafka: </span>
            <span className="wk__number wk__number--good">{connectionsText(counts)}</span>
          </h2>
          {empty ? <EmptyHint /> : <WithKafkaDiagram endpoints={endpoints} layout={layout} />}
        </div>
      </div>
      <p className="wk__why">
        Each source or sink you add is one more connection to Kafka, not a new integration with every system
        on the other side.
      </p>
    </section>
  );
}

function EmptyHint() {
  return <p className="wk__empty">Add a source and a sink to the design to compare.</p>;
}
