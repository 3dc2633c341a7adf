import { CommandButton } from './CommandButton';
import { ExportForKafka } from './ExportForKafka';
import './controls.css';

/** The design's own commands: its history, and keeping it. */
export function DocumentMenu() {
  return (
    <div className="document-menu" role="group" aria-label="Design">
      <CommandButton name="undo" />
      <CommandButton name="redo" />
      <CommandButton name="new" title="Start a new design: empty, or from a template" />
      <span className="split-button">
        <CommandButton name="export" title="Download the design as a JSON file" />
        <ExportForKafka />
      </span>
      <CommandButton name="import" title="Open a design from a JSON file" />
      <CommandButton name="share" title="Put the design in a link" />
      <CommandButton
        name="recent"
        title="Recent designs: designs replaced or found unreadable, to restore or download"
      />
    </div>
  );
}
