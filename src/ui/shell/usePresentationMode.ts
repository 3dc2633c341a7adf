import { useEffect } from 'react';
import { keyTarget } from '../commands/keyTarget';
import { usePresentation } from './presentation';

/**
 * Marks the page while presenting (`data-presenting` on <html>, which app.css's presentation block reads) and
 * lets Escape leave, from anywhere but a text field or a dialog, and unless a menu took it to close itself: the
 * person at the front may have just pressed a button.
 */
export function usePresentationMode(): boolean {
  const presenting = usePresentation((s) => s.presenting);
  useEffect(() => {
    const root = document.documentElement;
    if (presenting) root.setAttribute('data-presenting', '');
    else root.removeAttribute('data-presenting');
    if (!presenting) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || keyTarget(event.target) === 'text') return;
      // Escape in a dialog closes the dialog, not the presentation.
      if (event.target instanceof Element && event.target.closest('dialog')) return;
      usePresentation.getState().setPresenting(false);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [presenting]);
  return presenting;
}
