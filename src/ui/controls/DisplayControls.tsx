import { usePresentation } from '../shell/presentation';
import { THEME_CHOICES, useThemeChoice, type ThemeChoice } from '../theme/themeChoice';

const THEME_LABELS: Record<ThemeChoice, string> = { system: 'System', light: 'Light', dark: 'Dark' };

/** How the page shows itself: presentation mode for a room, and the colour theme. */
export function DisplayControls() {
  const presenting = usePresentation((s) => s.presenting);
  const setPresenting = usePresentation((s) => s.setPresenting);
  const choice = useThemeChoice((s) => s.choice);
  const choose = useThemeChoice((s) => s.choose);
  return (
    <div className="display-controls" role="group" aria-label="Display">
      <button
        type="button"
        className="button"
        aria-pressed={presenting}
        onClick={() => setPresenting(!presenting)}
        title={
          presenting
            ? 'Leave presentation mode (P or Escape)'
            : 'Presentation mode: larger type, panels folded away (P)'
        }
      >
        Present
      </button>
      <label className="theme-select" title="Colour theme: light, dark, or as the system is set">
        <span className="visually-hidden">Theme</span>
        <span className="theme-select__icon" aria-hidden="true">
          ◐
        </span>
        <select
          className="theme-select__select"
          value={choice}
          onChange={(event) => choose(event.target.value as ThemeChoice)}
        >
          {THEME_CHOICES.map((c) => (
            <option key={c} value={c}>
              {THEME_LABELS[c]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
