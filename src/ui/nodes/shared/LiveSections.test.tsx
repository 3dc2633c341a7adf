// The live sections of the source, sink and processor inspectors, by the names a person clicks.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { recordingSimActions } from '../../commands/simActions.testing';
import { SimActionsContext } from '../../simActions';
import { ProcessorLive } from '../processor/ProcessorLive';
import { SinkLive } from '../sink/SinkLive';
import { SourceLive } from '../source/SourceLive';

const render = (element: React.ReactElement) =>
  renderToStaticMarkup(<SimActionsContext value={recordingSimActions().sim}>{element}</SimActionsContext>);

describe('live sections', () => {
  it('offers to pause a source, disabled until the simulation runs', () => {
    const html = render(<SourceLive nodeId="web" />);
    expect(html).toMatch(
      /<button type="button" class="inspector-button" title="[^"]*" disabled="">Pause source<\/button>/,
    );
    expect(html).toContain('Press Play to see what becomes of this producer’s records.');
  });

  it("leaves slowing and crashing to each member's row: a sink's delivery section has no group-wide fault", () => {
    const html = render(<SinkLive nodeId="email" />);
    expect(html).not.toContain('<button');
  });

  it('offers to kill a processor', () => {
    expect(render(<ProcessorLive nodeId="enrich" />)).toMatch(
      /class="inspector-button inspector-button--danger"[^>]*>Kill processor<\/button>/,
    );
  });
});
