import type { Figure } from './deliveryFigures';

/** A row of small figures, each a label over its number, in a group named `label` ("Delivery"). */
export function Figures({ figures, label }: { figures: Figure[]; label: string }) {
  return (
    <div role="group" aria-label={label}>
      <dl className="figures">
        {figures.map((f) => (
          <div key={f.label} className={`figures__item figures__item--${f.tone}`} title={f.title}>
            <dt className="figures__label">{f.label}</dt>
            <dd className="figures__value">{f.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
