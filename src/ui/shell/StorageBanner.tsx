import { useFranz } from '../../store/store';
import { CommandButton } from '../controls/CommandButton';

/** Stays while saving to browser storage fails, so later edits never go unsaved without a word. */
export function StorageBanner() {
  const failing = useFranz((s) => s.saveFailing);
  if (!failing) return null;
  return (
    <section className="banner banner--warning" role="region" aria-label="Saving">
      <p className="banner__text" role="alert">
        <strong>Browser storage is full: changes are not being saved.</strong> Export the design to keep it,
        or free some space; saving starts again with your next change.
      </p>
      <div className="banner__actions">
        <CommandButton name="export" title="Download the design as a JSON file" />
      </div>
    </section>
  );
}
