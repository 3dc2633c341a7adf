// The controls' accessible names, as a screen reader (and Playwright's getByRole) finds them.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { recordingSimActions } from '../commands/simActions.testing';
import { SimActionsContext } from '../simActions';
import { Controls } from './Controls';
import { DocumentMenu } from './DocumentMenu';
import { SPEEDS } from './speeds';

const render = (element: React.ReactElement) =>
  renderToStaticMarkup(<SimActionsContext value={recordingSimActions().sim}>{element}</SimActionsContext>);

describe('Controls', () => {
  const html = render(<Controls />);

  it('has Play, Step and Reset buttons, disabled until the simulation is live', () => {
    expect(html).toMatch(/<button type="button" class="button button--primary" disabled="">.*Play<\/button>/);
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*>Step<\/button>/);
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*>Reset<\/button>/);
  });

  it('offers every speed from 0.1x to 100x under the name Speed', () => {
    expect(html).toContain('<span class="speed__label">Speed</span><select');
    for (const factor of SPEEDS) expect(html).toContain(`<option value="${factor}"`);
    expect(html).toContain('<option value="1" selected="">1x</option>');
  });

  it('shows the simulated time and the seed', () => {
    expect(html).toContain('role="timer" aria-label="Simulated time" class="clock__time">00:00</span>');
    expect(html).toMatch(/<span class="seed__label">Seed<\/span><input[^>]*type="number"[^>]*value="1"/);
  });
});

describe('DocumentMenu', () => {
  const html = render(<DocumentMenu />);

  it('has Undo and Redo, disabled with nothing to undo or redo', () => {
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*>Undo<\/button>/);
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*>Redo<\/button>/);
  });

  it('has Export, Import and Share', () => {
    for (const name of ['Export', 'Import', 'Share'])
      expect(html).toMatch(new RegExp(`<button type="button" class="button" title="[^"]*">${name}</button>`));
  });
});
