import { useId, type ReactNode } from 'react';

/**
 * A labelled control of the Sweep and Compare forms. The label names the control by id rather than wrapping it, so
 * the control's name is the label alone (a wrapping label would add the select's chosen option to it).
 */
export function Field({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="whatif__field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}
