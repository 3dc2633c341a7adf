import { useMemo } from 'react';
import { useFranz } from '../../store/store';
import {
  connectionsText,
  countIntegrations,
  designFlows,
  integrationsText,
  wiringNote,
} from './integrations';
import { columnLayout } from './layout';
import { PointToPointDiagram } from './PointToPointDiagram';
import { WithKafkaDiagram } from './WithKafkaDiagram';
import './withoutKafka.css';

/**
 * The design's flows wired point to point, beside the same endpoints through Kafka, with the counts
 * that make the case. It follows the design live: connect a sink and both counts change.
 */
export function WithoutKafkaView() {
  const nodes = useFranz((s) => s.doc.nodes);
  const edges = useFranz((s) => s.doc.edges);
  const endpoints = useMemo(() => designFlows({ nodes, edges }), [nodes, edges]);
  const counts = countIntegrations(endpoints);
  const note = wiringNote(counts);
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
      {note && <p className="wk__note">{note}</p>}
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
