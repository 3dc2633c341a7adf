// The toolbar's Present toggle and theme choice, as a person uses them.
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { usePresentation } from '../shell/presentation';
import { THEME_KEY, useThemeChoice } from '../theme/themeChoice';
import { DisplayControls } from './DisplayControls';

afterEach(() => {
  act(() => {
    usePresentation.getState().setPresenting(false);
    useThemeChoice.getState().choose('system');
  });
  localStorage.clear();
});

describe('the display controls', () => {
  it('turn presentation mode on and off, and say so', async () => {
    const user = userEvent.setup();
    render(<DisplayControls />);
    const present = screen.getByRole('button', { name: 'Present' });
    expect(present.getAttribute('aria-pressed')).toBe('false');
    await user.click(present);
    expect(present.getAttribute('aria-pressed')).toBe('true');
    expect(usePresentation.getState().presenting).toBe(true);
    expect(sessionStorage.getItem('franz.presenting')).toBe('on');
    await user.click(present);
    expect(usePresentation.getState().presenting).toBe(false);
  });

  it('put a chosen theme on the page and keep it; System leaves it to the media query', async () => {
    const user = userEvent.setup();
    render(<DisplayControls />);
    const theme = screen.getByRole('combobox', { name: 'Theme' });
    expect((theme as HTMLSelectElement).value).toBe('system');
    await user.selectOptions(theme, 'Dark');
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark');
    expect(localStorage.getItem(THEME_KEY)).toBe('dark');
    await user.selectOptions(theme, 'System');
    expect(document.documentElement.hasAttribute('data-theme')).toBe(false);
    expect(localStorage.getItem(THEME_KEY)).toBe('system');
  });
});
