import { ClusterForm } from './ClusterForm';

/** Nothing selected: how to build, and the settings that belong to the whole cluster. */
export function EmptyState() {
  return (
    <div className="inspector__empty">
      <header className="inspector__header">
        <h2 className="inspector__title">Nothing selected</h2>
        <p className="inspector__role">Select a node to see and edit its Kafka settings here.</p>
      </header>
      <ol className="inspector__steps">
        <li>
          <strong>Add:</strong> drag a Source, Topic, Sink or Processor from the palette onto the canvas.
        </li>
        <li>
          <strong>Connect:</strong> drag from a node&apos;s right handle to another node&apos;s left handle:
          source → topic → sink, or topic → processor → topic.
        </li>
        <li>
          <strong>Run:</strong> press Play, then change settings here while it runs: add a consumer and watch
          the group rebalance.
        </li>
      </ol>
      <ClusterForm />
    </div>
  );
}
