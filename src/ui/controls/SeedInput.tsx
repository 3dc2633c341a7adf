import { useState } from 'react';
import { useFranz } from '../../store/store';
import { useSimActions } from '../simActions';

/**
 * The random seed: the same design and seed give the same run. A new seed restarts the run once the
 * person is done typing (Enter, or leaving the field), not at every digit.
 */
export function SeedInput() {
  const seed = useFranz((s) => s.sim.seed);
  const { setSeed } = useSimActions();
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft === null) return;
    const next = Number(draft);
    setDraft(null);
    if (Number.isSafeInteger(next) && next !== seed) setSeed(next);
  };
  return (
    <label className="seed">
      <span className="seed__label">Seed</span>
      <input
        className="seed__input"
        type="number"
        step={1}
        inputMode="numeric"
        value={draft ?? String(seed)}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') setDraft(null);
        }}
        title="Same design and seed, same run. A new seed starts the run again."
      />
    </label>
  );
}
