import { useFranz } from '../../store/store';
import { keepMine, keepTheirs } from '../persistence/tabSync';

/** Another tab saved a different design while this one had unsaved edits: the person chooses which stays. */
export function TabConflictBanner() {
  const pending = useFranz((s) => s.tabConflict !== null);
  if (!pending) return null;
  return (
    <section className="banner banner--warning" role="region" aria-label="Another tab">
      <p className="banner__text" role="alert">
        <strong>This design was changed in another tab.</strong> Your changes here are not saved until you
        choose: use the other tab’s design (yours is kept in Recent designs), or keep yours and save it over
        theirs.
      </p>
      <div className="banner__actions">
        <button type="button" className="button" onClick={() => keepTheirs(useFranz)}>
          Use theirs
        </button>
        <button type="button" className="button button--primary" onClick={() => keepMine(useFranz)}>
          Keep mine
        </button>
      </div>
    </section>
  );
}
