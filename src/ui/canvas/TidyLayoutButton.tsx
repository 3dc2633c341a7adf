import { ControlButton } from '@xyflow/react';
import { useCommand } from '../commands/useCommand';

/** Tidy layout beside Fit view in the canvas's controls: the design laid out left to right (L). */
export function TidyLayoutButton() {
  const { enabled, run } = useCommand('tidy-layout');
  return (
    <ControlButton
      onClick={run}
      disabled={!enabled}
      title="Tidy layout (L)"
      aria-label="Tidy layout"
      className="tidy-layout"
    >
      {/* Three columns of boxes joined left to right. */}
      <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <rect x="0.5" y="2" width="4" height="3" rx="0.5" />
        <rect x="0.5" y="11" width="4" height="3" rx="0.5" />
        <rect x="6" y="6.5" width="4" height="3" rx="0.5" />
        <rect x="11.5" y="6.5" width="4" height="3" rx="0.5" />
        <path
          d="M4.5 3.5 L6 8 M4.5 12.5 L6 8 M10 8 H11.5"
          fill="none"
          stroke="currentColor"
          strokeWidth="1"
        />
      </svg>
    </ControlButton>
  );
}
