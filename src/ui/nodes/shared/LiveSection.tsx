import type { ReactNode } from 'react';

/** A live part of a node's inspector, above its settings: figures from the run and faults to inject. */
export function LiveSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="config-section config-section--live live-section">
      <h3 className="config-section__title">{title}</h3>
      {children}
      <p className="live-section__caption">
        Faults apply to this run only; they are not saved in the design.
      </p>
    </section>
  );
}
