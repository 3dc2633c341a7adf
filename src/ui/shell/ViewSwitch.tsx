import { useFranz } from '../../store/store';

/** Switches the workspace between the pipeline through Kafka and the point-to-point alternative. */
export function ViewSwitch() {
  const view = useFranz((s) => s.view);
  const setView = useFranz((s) => s.setView);
  return (
    <div className="view-switch" role="group" aria-label="View">
      <button type="button" aria-pressed={view === 'kafka'} onClick={() => setView('kafka')}>
        With Kafka
      </button>
      <button type="button" aria-pressed={view === 'without'} onClick={() => setView('without')}>
        Without Kafka
      </button>
    </div>
  );
}
