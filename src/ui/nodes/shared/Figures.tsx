import type { Figure } from './deliveryFigures';

interface FiguresProps {
  figures: Figure[];
  /** The group's name ("Delivery"). */
  label: string;
  /**
   * On a node: abbreviated values ("3.78M") so neighbouring columns never run into each other; the exact
   * count is in the tooltip. The inspector has room for the exact ones.
   */
  compact?: boolean;
}

/** A row of small figures, each a label over its number. */
export function Figures({ figures, label, compact = false }: FiguresProps) {
  return (
    <div role="group" aria-label={label}>
      <dl className="figures">
        {figures.map((f) => (
          <div
            key={f.label}
            className={`figures__item figures__item--${f.tone}`}
            title={compact ? `${f.label} ${f.value}: ${f.title}` : f.title}
          >
            <dt className="figures__label">{f.label}</dt>
            <dd className="figures__value">{compact ? f.short : f.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
