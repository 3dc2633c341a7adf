import type { CapacityReport } from '../../engine';
import { formatBytes, rate } from './capacityFormat';
import { apart, whyApart, type WhyContext } from './whyApart';

const valueOf = (figure: string, v: number) => (figure.includes('stored') ? formatBytes(v) : rate(v));

/**
 * The formulas beside the figures: each derived figure with the design's numbers in it, what the simulation measured,
 * and, where they differ by more than 2%, why (from what the report shows).
 */
export function FormulasTable({ capacity, why }: { capacity: CapacityReport; why: WhyContext }) {
  return (
    <table className="cap-table cap-table--formulas">
      <caption>The formulas beside the simulation</caption>
      <thead>
        <tr>
          <th scope="col">Figure</th>
          <th scope="col">Formula, with the design’s numbers</th>
          <th scope="col">Expected</th>
          <th scope="col">Simulated</th>
          <th scope="col">Apart</th>
        </tr>
      </thead>
      <tbody>
        {capacity.formulas.map((f) => {
          const d = apart(f);
          const reason = whyApart(f, why);
          return (
            <tr key={f.figure}>
              <th scope="row" className="cap-table__name">
                {f.figure}
              </th>
              <td className="cap-formula">{f.formula}</td>
              <td className="cap-table__count">{valueOf(f.figure, f.expected)}</td>
              <td className="cap-table__count">
                {f.simulated === null ? '–' : valueOf(f.figure, f.simulated)}
              </td>
              <td className={`cap-apart ${reason ? 'cap-apart--differs' : ''}`}>
                {d === null ? '–' : Number.isFinite(d) ? `${(d * 100).toFixed(1)}%` : 'all'}
                {reason && <span className="cap-apart__why">why: {reason}</span>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
