import { useFranz } from '../../store/store';
import { downloadBackup } from '../persistence/downloadBackup';

/**
 * Says, until dismissed, that the autosaved design did not open as it was (repaired, or the example
 * instead), and offers its text for download and the Recent designs where it is kept.
 */
export function SavedDesignNotice() {
  const problem = useFranz((s) => s.savedDesignProblem);
  const dismiss = useFranz((s) => s.setSavedDesignProblem);
  const showRecent = useFranz((s) => s.showRecent);
  if (!problem) return null;
  return (
    <section className="kept-notice" aria-label="Your saved design" role="alert">
      <p className="kept-notice__text">{problem.message}</p>
      <div className="kept-notice__actions">
        <button
          type="button"
          className="button button--small"
          onClick={() => downloadBackup(problem.name, problem.text)}
        >
          Download saved text
        </button>
        <button type="button" className="button button--small" onClick={() => showRecent(true)}>
          Recent designs
        </button>
        <button type="button" className="notice__close" onClick={() => dismiss(null)} aria-label="Dismiss">
          ×
        </button>
      </div>
    </section>
  );
}
