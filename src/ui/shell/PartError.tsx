import { useFranz } from '../../store/store';
import { LAST_GOOD_KEY } from '../persistence/lastGood';
import { openLastGood } from '../persistence/openLastGood';
import { browserEnv } from '../persistence/pageEnv';

function hasLastGood(): boolean {
  try {
    return browserEnv().storage?.getItem(LAST_GOOD_KEY) != null;
  } catch {
    return false;
  }
}

/** What a part of the page shows instead of itself when it failed to draw. */
export function PartError({
  part,
  message,
  onRetry,
  lastGood = hasLastGood(),
}: {
  part: string;
  message: string;
  onRetry(): void;
  lastGood?: boolean;
}) {
  return (
    <section className="part-error" role="alert" aria-label={`${part} failed`}>
      <h2 className="part-error__title">{part} could not be drawn</h2>
      <p className="part-error__message">{message}</p>
      <p className="part-error__hint">
        The rest of the page still works, and your design is kept.
        {lastGood
          ? ' Open the last design that worked, or try drawing this one again.'
          : ' Try drawing it again.'}
      </p>
      <div className="part-error__actions">
        {lastGood && (
          <button type="button" className="button button--primary" onClick={() => openLastGood(useFranz)}>
            Open the last design that worked
          </button>
        )}
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      </div>
    </section>
  );
}
