// Escape leaves presentation mode, unless it was closing something else: a menu or a dialog.
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { MoreMenu } from '../controls/MoreMenu';
import { usePresentation } from './presentation';
import { usePresentationMode } from './usePresentationMode';

function Presenting() {
  usePresentationMode();
  return (
    <>
      <button type="button">Play</button>
      <MoreMenu>
        <button type="button">Share</button>
      </MoreMenu>
      <dialog open aria-label="Lessons">
        <button type="button">Start</button>
      </dialog>
    </>
  );
}

afterEach(() => act(() => usePresentation.getState().setPresenting(false)));

describe('Escape while presenting', () => {
  it('closes an open menu or acts in a dialog without leaving; anywhere else it leaves', async () => {
    const user = userEvent.setup();
    act(() => usePresentation.getState().setPresenting(true));
    render(<Presenting />);
    expect(document.documentElement.hasAttribute('data-presenting')).toBe(true);

    await user.click(screen.getByRole('button', { name: /More/ }));
    expect(screen.getByRole('button', { name: 'Share' })).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('button', { name: 'Share' })).toBeNull();
    expect(usePresentation.getState().presenting).toBe(true);

    screen.getByRole('button', { name: 'Start' }).focus();
    await user.keyboard('{Escape}');
    expect(usePresentation.getState().presenting).toBe(true);

    screen.getByRole('button', { name: 'Play' }).focus();
    await user.keyboard('{Escape}');
    expect(usePresentation.getState().presenting).toBe(false);
    expect(document.documentElement.hasAttribute('data-presenting')).toBe(false);
  });
});
