// The source inspector's load profile: pick a shape and its fields appear; a CSV trace is imported through the file
// input, and a bad file is refused with its line number while the design stays as it was.
import { act, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { DOCUMENT_FORMAT, DOCUMENT_VERSION, parseDocument } from '../../../engine';
import { useFranz } from '../../../store/store';
import { renderWithSim } from '../../render.testing';
import { SourceInspector } from './SourceInspector';

function profileOfWeb() {
  const node = useFranz.getState().doc.nodes.find((n) => n.id === 'web');
  return node?.kind === 'source' ? node.config.profile : undefined;
}

function WebInspector() {
  const node = useFranz((s) => s.doc.nodes.find((n) => n.id === 'web'));
  return node?.kind === 'source' ? <SourceInspector node={node} /> : null;
}

const csv = (name: string, text: string) => new File([text], name, { type: 'text/csv' });

beforeEach(() => {
  const parsed = parseDocument({
    format: DOCUMENT_FORMAT,
    version: DOCUMENT_VERSION,
    nodes: [{ id: 'web', kind: 'source', name: 'web', config: { rate: 150 } }],
    edges: [],
  });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  act(() => useFranz.getState().replaceDocument(parsed.doc));
});

describe('load profile', () => {
  it('Step shows when and to what, starting from twice the rate a minute in', async () => {
    const { user } = renderWithSim(<WebInspector />);
    expect(screen.queryByLabelText('Step at')).toBeNull();
    await user.selectOptions(screen.getByLabelText('Load profile'), 'step');
    expect(profileOfWeb()).toEqual({ type: 'step', stepAtMs: 60_000, stepRate: 300 });
    expect(screen.getByLabelText<HTMLInputElement>('Step at').value).toBe('60000');
    expect(screen.getByRole('img', { name: /^Load profile over the first 2 min/ })).not.toBeNull();
  });

  it('a daily curve greys out Rate: the curve sets it', async () => {
    const { user } = renderWithSim(<WebInspector />);
    await user.selectOptions(screen.getByLabelText('Load profile'), 'daily');
    expect(screen.getByText('the daily curve sets the rate')).not.toBeNull();
    expect(screen.getByLabelText<HTMLInputElement>('Peak hour').value).toBe('14');
  });

  it('refuses a peak at the trough hour, and a negative step rate, saying why', async () => {
    const { user } = renderWithSim(<WebInspector />);
    await user.selectOptions(screen.getByLabelText('Load profile'), 'daily');
    const peakHour = screen.getByLabelText('Peak hour');
    await user.clear(peakHour);
    await user.type(peakHour, '4');
    await user.tab();
    expect(screen.getByRole('alert').textContent).toBe('Trough hour must differ from peakHour');
    await user.selectOptions(screen.getByLabelText('Load profile'), 'step');
    const after = screen.getByLabelText('After the step');
    await user.clear(after);
    await user.type(after, '-5');
    await user.tab();
    expect(screen.getByRole('alert').textContent).toBe('After the step must be at least 0');
    expect(profileOfWeb()).toEqual({ type: 'step', stepAtMs: 60_000, stepRate: 300 });
  });

  it('imports a CSV trace and shows its points and span; a bad one is refused with its line', async () => {
    const { user } = renderWithSim(<WebInspector />);
    await user.selectOptions(screen.getByLabelText('Load profile'), 'trace');
    await user.upload(
      screen.getByLabelText('Import CSV'),
      csv('day.csv', 'time,recordsPerSec\n0,10\n60,20\n5400,5\n'),
    );
    expect(await screen.findByText('3 points over 90 min')).not.toBeNull();
    expect(profileOfWeb()).toEqual({
      type: 'trace',
      points: [
        [0, 10],
        [60, 20],
        [5400, 5],
      ],
      repeat: false,
    });
    await user.upload(
      screen.getByLabelText('Import CSV'),
      csv('bad.csv', 'time,recordsPerSec\n0,10\n10,fast\n'),
    );
    expect((await screen.findByRole('alert')).textContent).toBe(
      'bad.csv: line 3: recordsPerSec must be a number >= 0, got "fast"',
    );
    expect(screen.getByText('3 points over 90 min')).not.toBeNull();
    expect(profileOfWeb()).toMatchObject({
      type: 'trace',
      points: [
        [0, 10],
        [60, 20],
        [5400, 5],
      ],
    });
  });
});
