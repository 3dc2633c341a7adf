// A render error stays in the part that failed: the part says what happened and how to go on.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import example from '../../../examples/article-pipeline.json';
import { edits } from '../../engine';
import { useFranz } from '../../store/store';
import { LAST_GOOD_KEY } from '../persistence/lastGood';
import { errorMessage, PartBoundaryView } from './PartBoundary';
import { PartError } from './PartError';

const doc = edits.emptyDocument();

/** A part that draws "the canvas", or throws `failure` while there is one. */
function partThatMayFail(failure: unknown) {
  const state = { failure };
  function Part() {
    if (state.failure !== null) throw state.failure;
    return <p>the canvas</p>;
  }
  return { Part, fix: () => (state.failure = null) };
}

function boundary(failure: unknown = null) {
  const { Part, fix } = partThatMayFail(failure);
  const onCrash = vi.fn();
  const onRetry = vi.fn();
  const element = (on = doc) => (
    <PartBoundaryView part="The canvas" doc={on} onCrash={onCrash} onRetry={onRetry}>
      <Part />
    </PartBoundaryView>
  );
  const { rerender } = render(element());
  return { fix, onCrash, onRetry, redraw: (on = doc) => rerender(element(on)) };
}

const failed = () => screen.queryByRole('alert', { name: 'The canvas failed' });
const drawn = () => screen.queryByText('the canvas');

describe('a part boundary', () => {
  // React and the boundary both report a caught render error in the console, for whoever reports the bug.
  let consoleError: MockInstance<typeof console.error>;
  beforeEach(() => {
    consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => consoleError.mockRestore());

  it('draws its part while nothing fails', () => {
    boundary();
    expect(drawn()).not.toBeNull();
    expect(failed()).toBeNull();
    expect(consoleError).not.toHaveBeenCalled();
  });

  it('shows what failed, in the error’s words, instead of its part', () => {
    boundary(new TypeError('x.map is not a function'));
    const alert = failed()!;
    expect(within(alert).getByRole('heading', { level: 2 }).textContent).toBe(
      'The canvas could not be drawn',
    );
    expect(within(alert).getByText('x.map is not a function')).not.toBeNull();
    expect(within(alert).getByRole('button', { name: 'Try again' })).not.toBeNull();
    expect(drawn()).toBeNull();
  });

  it('notes the failure against the design on screen, and leaves it in the console', () => {
    const boom = new Error('boom');
    const { onCrash } = boundary(boom);
    expect(onCrash).toHaveBeenCalledTimes(1);
    expect(onCrash).toHaveBeenCalledWith(doc, 'boom');
    expect(consoleError).toHaveBeenCalledWith(boom, expect.any(String));
  });

  it('draws its part again when the person presses Try again', async () => {
    const user = userEvent.setup();
    const { fix, onRetry } = boundary(new Error('boom'));
    fix();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(drawn()).not.toBeNull();
    expect(failed()).toBeNull();
  });

  it('tries again with a new design (an edit, undo, another design), not with the same one', () => {
    const { fix, redraw } = boundary(new Error('boom'));
    fix();
    redraw(doc);
    expect(failed()).not.toBeNull();
    redraw(edits.addNode(doc, 'topic', { x: 0, y: 0 }).doc);
    expect(failed()).toBeNull();
    expect(drawn()).not.toBeNull();
  });

  it('says what was thrown when it was not an Error', () => {
    expect(errorMessage('a string')).toBe('a string');
    expect(errorMessage(new Error('  '))).toBe('an unknown error');
    boundary(42);
    expect(within(failed()!).getByText('42')).not.toBeNull();
  });
});

describe('what a failed part shows', () => {
  it('offers the last design that worked when there is one, and another try always', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    const { unmount } = render(<PartError part="The inspector" message="boom" onRetry={onRetry} lastGood />);
    expect(screen.getByRole('button', { name: 'Open the last design that worked' })).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    unmount();
    render(<PartError part="The inspector" message="boom" onRetry={onRetry} lastGood={false} />);
    expect(screen.queryByRole('button', { name: 'Open the last design that worked' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Try again' })).not.toBeNull();
  });

  it('opens the last design that worked, when this browser kept one', async () => {
    const user = userEvent.setup();
    localStorage.setItem(LAST_GOOD_KEY, JSON.stringify(example));
    render(<PartError part="The inspector" message="boom" onRetry={() => undefined} />);
    await user.click(screen.getByRole('button', { name: 'Open the last design that worked' }));
    expect(useFranz.getState().doc.name).toBe(example.name);
  });
});
