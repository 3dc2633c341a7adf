import { CommandButton } from './CommandButton';
import { ExportForKafka } from './ExportForKafka';
import { MoreMenu } from './MoreMenu';
import { NARROW_QUERY, useMediaQuery } from '../shell/useMediaQuery';
import './controls.css';

/** The design's own commands: its history, and keeping it. */
export function DocumentMenu() {
  // Below 1280 px New, Import, Share and Recent fold into More, so the top bar keeps one row.
  const narrow = useMediaQuery(NARROW_QUERY);
  const rarer = (
    <>
      <CommandButton name="new" title="Start a new design: empty, or from a template" />
      <CommandButton name="import" title="Open a design from a JSON file" />
      <CommandButton name="share" title="Put the design in a link" />
      <CommandButton
        name="recent"
        title="Recent designs: designs replaced or found unreadable, to restore or download"
      />
    </>
  );
  return (
    <div className="document-menu" role="group" aria-label="Design">
      <CommandButton name="undo" />
      <CommandButton name="redo" />
      <span className="split-button">
        <CommandButton name="export" title="Download the design as a JSON file" />
        <ExportForKafka />
      </span>
      {narrow ? <MoreMenu>{rarer}</MoreMenu> : rarer}
    </div>
  );
}
