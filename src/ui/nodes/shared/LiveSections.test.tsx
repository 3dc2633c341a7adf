// The live sections of the source, sink and processor inspectors, by the names a person clicks.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { group, processor, report, source } from '../../reports.testing';
import { renderWithSim, setSim } from '../../render.testing';
import { ProcessorLive } from '../processor/ProcessorLive';
import { SinkLive } from '../sink/SinkLive';
import { SourceLive } from '../source/SourceLive';

const button = (name: string) => screen.getByRole<HTMLButtonElement>('button', { name });

describe('live sections', () => {
  it('offers to pause a source, disabled until the simulation runs', () => {
    renderWithSim(<SourceLive nodeId="web" />);
    expect(button('Pause source').disabled).toBe(true);
    expect(screen.getByText('Press Play to see what becomes of this producer’s records.')).not.toBeNull();
  });

  it('pauses a running source, then offers to resume it', async () => {
    const { user, calls } = renderWithSim(<SourceLive nodeId="web" />);
    setSim({ status: 'live', report: report({ sources: [source('web')] }) });
    expect(screen.getByRole('group', { name: 'Delivery' })).not.toBeNull();
    await user.click(button('Pause source'));
    setSim({ report: report({ sources: [source('web', { paused: true })] }) });
    await user.click(button('Resume source'));
    expect(calls).toEqual([
      'fault {"type":"source-pause","node":"web"}',
      'fault {"type":"source-resume","node":"web"}',
    ]);
  });

  it("leaves slowing and crashing to each member's row: a sink's delivery section has no group-wide fault", () => {
    renderWithSim(<SinkLive nodeId="email" />);
    expect(screen.queryByRole('button')).toBeNull();
    setSim({ status: 'live', report: report({ groups: [group({ groupId: 'email', node: 'email' })] }) });
    expect(screen.getByRole('group', { name: 'Delivery' })).not.toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('offers to kill a processor, marked as the dangerous action it is', () => {
    renderWithSim(<ProcessorLive nodeId="enrich" />);
    expect(button('Kill processor').classList.contains('inspector-button--danger')).toBe(true);
  });

  it('kills a running processor, then offers to restart it', async () => {
    const { user, calls } = renderWithSim(<ProcessorLive nodeId="enrich" />);
    setSim({ status: 'live', report: report({ processors: [processor('enrich')] }) });
    await user.click(button('Kill processor'));
    setSim({ report: report({ processors: [processor('enrich', { killed: true })] }) });
    await user.click(button('Restart processor'));
    expect(calls).toEqual([
      'fault {"type":"processor-kill","node":"enrich"}',
      'fault {"type":"processor-restart","node":"enrich"}',
    ]);
  });
});
