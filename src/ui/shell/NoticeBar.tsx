import { useEffect } from 'react';
import { useFranz } from '../../store/store';

const INFO_VISIBLE_MS = 6000;

/** The latest notice: errors stay until dismissed; information and warnings fade after a few seconds. */
export function NoticeBar() {
  const notice = useFranz((s) => s.notice);
  const dismiss = useFranz((s) => s.dismissNotice);
  useEffect(() => {
    if (!notice || notice.kind === 'error') return;
    const timer = setTimeout(dismiss, INFO_VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [notice, dismiss]);
  if (!notice) return null;
  return (
    <div
      className={`notice notice--${notice.kind}`}
      role={notice.kind === 'error' ? 'alert' : 'status'}
      key={notice.id}
    >
      <p className="notice__text">{notice.text}</p>
      <button type="button" className="notice__close" onClick={dismiss} aria-label="Dismiss">
        ×
      </button>
    </div>
  );
}
