import type { ReactNode } from 'react';

/** A live part of a node's inspector, above its settings: figures from the run and faults to inject. */
interface LiveSectionProps {
  title: string;
  children: ReactNode;
  /** The section offers faults: say that they are not saved. */
  faults?: boolean;
}

export function LiveSection({ title, children, faults = true }: LiveSectionProps) {
  return (
    <section className="config-section config-section--live live-section">
      <h3 className="config-section__title">{title}</h3>
      {children}
      {faults && (
        <p className="live-section__caption">
          Faults apply to this run only; they are not saved in the design.
        </p>
      )}
    </section>
  );
}
