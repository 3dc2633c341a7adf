import type { UiSlice } from '../../store/uiSlice';
import { useFranz } from '../../store/store';

const VIEWS: { view: UiSlice['view']; label: string }[] = [
  { view: 'kafka', label: 'With Kafka' },
  { view: 'without', label: 'Without Kafka' },
  { view: 'cluster', label: 'Cluster' },
  { view: 'capacity', label: 'Capacity' },
  { view: 'sweep', label: 'Sweep' },
  { view: 'compare', label: 'Compare' },
];

/**
 * Switches the workspace between the pipeline through Kafka, the point-to-point alternative, the cluster and the
 * Capacity answer, and the what-if views: a sweep of one setting, and two designs compared.
 */
export function ViewSwitch() {
  const current = useFranz((s) => s.view);
  const setView = useFranz((s) => s.setView);
  return (
    <div className="view-switch" role="group" aria-label="View">
      {VIEWS.map(({ view, label }) => (
        <button key={view} type="button" aria-pressed={current === view} onClick={() => setView(view)}>
          {label}
        </button>
      ))}
    </div>
  );
}
