import { useContext } from 'react';
import type { FaultAction } from '../../../engine';
import { useFranz } from '../../../store/store';
import { SimActionsContext } from '../../simActions';

interface FaultButtonProps {
  fault: FaultAction;
  /** The button's text and accessible name: "Pause source". */
  label: string;
  title: string;
  danger?: boolean;
}

/** A button that injects one fault into the running simulation; disabled while none runs. */
export function FaultButton({ fault, label, title, danger = false }: FaultButtonProps) {
  // Without a running simulation (or its provider) there is nothing to inject into.
  const sim = useContext(SimActionsContext);
  const live = useFranz((s) => s.sim.status === 'live');
  return (
    <button
      type="button"
      className={danger ? 'inspector-button inspector-button--danger' : 'inspector-button'}
      title={title}
      disabled={!sim || !live}
      onClick={() => sim?.injectFault(fault)}
    >
      {label}
    </button>
  );
}
