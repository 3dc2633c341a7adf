/** The key to the replica chips, once under all the brokers. */
export function ReplicaLegend() {
  return (
    <p className="replica-legend" aria-hidden="true">
      <span className="replica-legend__item">
        <span className="replica replica--leader">
          <span className="replica__star">★</span>0
        </span>
        leader
      </span>
      <span className="replica-legend__item">
        <span className="replica replica--in-sync">0</span>
        follower in sync
      </span>
      <span className="replica-legend__item">
        <span className="replica replica--out-of-sync">0</span>
        follower out of ISR
      </span>
      <span className="replica-legend__item">
        <span className="replica replica--offline">0</span>
        partition offline
      </span>
    </p>
  );
}
