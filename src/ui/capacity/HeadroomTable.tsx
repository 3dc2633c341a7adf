import type { CapacityReport, HeadroomScenario } from '../../engine';
import { useFranz } from '../../store/store';
import { percent, toneOf } from './capacityFormat';

function ScenarioRow({ s, own }: { s: HeadroomScenario; own?: boolean }) {
  const copes = s.verdict === 'copes';
  return (
    <tr className={own ? 'cap-table__own' : undefined}>
      <th scope="row" className="cap-table__name">
        {s.scenario}
        {own && <span className="cap-table__sub"> your what-if</span>}
      </th>
      <td className={`cap-word cap-word--${copes ? 'copes' : 'fails'}`}>{s.verdict}</td>
      <td className="cap-table__cause">{s.bottleneck.cause}</td>
    </tr>
  );
}

/**
 * Failure headroom (N+1): the cluster with its busiest broker down and with each rack down, the survivors taking the
 * leaders the controller would elect; and a what-if of the person's own, any brokers taken down. The running
 * simulation is untouched: the Cluster view's Kill is the real thing.
 */
export function HeadroomTable({ capacity }: { capacity: CapacityReport }) {
  const down = useFranz((s) => s.capacityDown);
  const toggle = useFranz((s) => s.toggleCapacityDown);
  const t = capacity.thresholds;
  const whatIf = capacity.whatIf;
  const inWhatIf = new Map(whatIf?.brokers.map((b) => [b.id, b]));
  return (
    <>
      <table className="cap-table cap-table--headroom">
        <caption>Failure headroom: does it still cope?</caption>
        <thead>
          <tr>
            <th scope="col">With</th>
            <th scope="col">Verdict</th>
            <th scope="col">What fails first (closest to its limit)</th>
          </tr>
        </thead>
        <tbody>
          {capacity.headroom.map((s) => (
            <ScenarioRow key={s.scenario} s={s} />
          ))}
          {whatIf && <ScenarioRow s={whatIf} own />}
        </tbody>
      </table>
      <table className="cap-table cap-table--whatif">
        <caption>Take brokers down (a what-if: the simulation runs on)</caption>
        <thead>
          <tr>
            <th scope="col">Broker</th>
            <th scope="col">Take down</th>
            <th scope="col">Leaders</th>
            <th scope="col">Network in</th>
            <th scope="col">Network out</th>
            <th scope="col">Disk write</th>
          </tr>
        </thead>
        <tbody>
          {capacity.brokers.map((b) => {
            const isDown = down.includes(b.id);
            // With brokers down: the survivors' figures in the what-if; otherwise the running cluster's.
            const figures = whatIf
              ? inWhatIf.get(b.id)
              : { expected: b.expected, utilisation: b.utilisation };
            return (
              <tr key={b.id} className={isDown ? 'cap-table__down' : undefined}>
                <th scope="row" className="cap-table__name">
                  Broker {b.id}
                  {b.rack !== null && <span className="cap-table__sub"> {b.rack}</span>}
                </th>
                <td>
                  <label className="cap-toggle">
                    <input
                      type="checkbox"
                      checked={isDown}
                      onChange={() => toggle(b.id)}
                      aria-label={`Take down broker ${b.id}`}
                    />
                    {isDown ? 'down' : 'up'}
                  </label>
                </td>
                {figures ? (
                  <>
                    <td className="cap-table__count">{figures.expected.leaders}</td>
                    {(['networkIn', 'networkOut', 'disk'] as const).map((r) => (
                      <td key={r} className={`cap-pct cap-pct--${toneOf(figures.utilisation[r], t[r])}`}>
                        {percent(figures.utilisation[r])}
                      </td>
                    ))}
                  </>
                ) : (
                  <td colSpan={4}>
                    <span className="cap-table__sub">takes no load</span>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
