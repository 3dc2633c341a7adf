// The controls by their accessible names, as a screen reader (and Playwright's getByRole) finds them, and
// what pressing, choosing and typing in them asks of the simulation.
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { edits } from '../../engine';
import { useFranz } from '../../store/store';
import { renderWithSim, setSim } from '../render.testing';
import { Controls } from './Controls';
import { DocumentMenu } from './DocumentMenu';
import { SPEEDS } from './speeds';

const button = (name: string) => screen.getByRole<HTMLButtonElement>('button', { name });

describe('Controls', () => {
  it('has Play, Step and Reset buttons, disabled until the simulation is live', () => {
    renderWithSim(<Controls />);
    const controls = screen.getByRole('group', { name: 'Simulation' });
    expect(
      within(controls)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['▶ Play', 'Step', 'Reset']);
    for (const name of ['Play', 'Step', 'Reset']) expect(button(name).disabled).toBe(true);
  });

  it('asks the simulation to play, step and reset once it is live; while it plays, Pause replaces Play and Step waits', async () => {
    const { user, calls } = renderWithSim(<Controls />);
    setSim({ status: 'live' });
    await user.click(button('Step'));
    await user.click(button('Reset'));
    await user.click(button('Play'));
    expect(calls).toEqual(['step', 'reset', 'play']);
    setSim({ running: true });
    expect(screen.queryByRole('button', { name: 'Play' })).toBeNull();
    expect(button('Step').disabled).toBe(true);
    await user.click(button('Pause'));
    expect(calls).toEqual(['step', 'reset', 'play', 'pause']);
  });

  it('offers Restart only when the worker has stopped', async () => {
    const { user, calls } = renderWithSim(<Controls />);
    expect(screen.queryByRole('button', { name: 'Restart' })).toBeNull();
    setSim({ status: 'stopped' });
    await user.click(button('Restart'));
    expect(calls).toEqual(['restart']);
  });

  it('offers every speed from 0.1x to 100x per record and 1x to 3600x fluid under the name Speed, 1x chosen', () => {
    renderWithSim(<Controls />);
    const speed = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Speed' });
    const options = within(speed).getAllByRole<HTMLOptionElement>('option');
    expect(options.map((o) => o.value)).toEqual([
      ...SPEEDS.map(String),
      ...['1', '10', '100', '600', '3600'].map((f) => `fluid:${f}`),
    ]);
    expect(options.at(-1)!.textContent).toBe('3600x fluid');
    expect(speed.value).toBe('1');
    expect(within(speed).getByRole<HTMLOptionElement>('option', { selected: true }).textContent).toBe('1x');
  });

  it('sets the speed a person chooses', async () => {
    const { user, calls } = renderWithSim(<Controls />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Speed' }), '10x');
    expect(calls).toEqual(['speed 10']);
  });

  it('asks for the fluid mode with a fluid speed, and for the per-record mode back', async () => {
    const { user, calls } = renderWithSim(<Controls />);
    const speed = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Speed' });
    await user.selectOptions(speed, '600x fluid');
    expect(calls).toEqual(['mode fluid', 'speed 600']);
    setSim({ mode: 'fluid', speed: 600 });
    expect(speed.value).toBe('fluid:600');
    await user.selectOptions(speed, '600x fluid');
    await user.selectOptions(speed, '25x');
    expect(calls.slice(2)).toEqual(['speed 600', 'mode record', 'speed 25']);
  });

  it('shows the simulated time and the seed', () => {
    renderWithSim(<Controls />);
    expect(screen.getByRole('timer', { name: 'Simulated time' }).textContent).toBe('00:00');
    const seed = screen.getByRole<HTMLInputElement>('spinbutton', { name: 'Seed' });
    expect(seed.type).toBe('number');
    expect(seed.value).toBe('1');
  });

  it('restarts with a new seed once the person is done typing it, not at every digit', async () => {
    const { user, calls } = renderWithSim(<Controls />);
    const seed = screen.getByRole('spinbutton', { name: 'Seed' });
    await user.clear(seed);
    await user.type(seed, '42');
    expect(calls).toEqual([]);
    await user.keyboard('{Enter}');
    expect(calls).toEqual(['seed 42']);
  });
});

describe('DocumentMenu', () => {
  it('has Undo and Redo, disabled with nothing to undo or redo', () => {
    renderWithSim(<DocumentMenu />);
    expect(button('Undo').disabled).toBe(true);
    expect(button('Redo').disabled).toBe(true);
  });

  it('enables Undo after an edit, and Redo once it is undone', async () => {
    const { user } = renderWithSim(<DocumentMenu />);
    const before = useFranz.getState().doc;
    const after = edits.addNode(before, 'topic', { x: 0, y: 0 }).doc;
    act(() => useFranz.getState().apply(after));
    expect(button('Undo').disabled).toBe(false);
    expect(button('Redo').disabled).toBe(true);
    await user.click(button('Undo'));
    expect(useFranz.getState().doc).toBe(before);
    expect(button('Undo').disabled).toBe(true);
    expect(button('Redo').disabled).toBe(false);
    await user.click(button('Redo'));
    expect(useFranz.getState().doc).toBe(after);
  });

  it('has Export, Import and Share, each saying what it does', () => {
    renderWithSim(<DocumentMenu />);
    const does = {
      Export: 'Download the design as a JSON file',
      Import: 'Open a design from a JSON file',
      Share: 'Put the design in a link',
    };
    for (const [name, description] of Object.entries(does))
      expect(screen.getByRole<HTMLButtonElement>('button', { name, description }).disabled).toBe(false);
  });
});
