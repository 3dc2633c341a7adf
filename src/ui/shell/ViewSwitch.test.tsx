// The view switch as a person (and getByRole) finds it: six toggle buttons, one pressed.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useFranz } from '../../store/store';
import { ViewSwitch } from './ViewSwitch';

const pressed = (name: string) => screen.getByRole('button', { name }).getAttribute('aria-pressed');

describe('the view switch', () => {
  it('offers the canvas, the point-to-point alternative, the cluster, capacity, sweep and compare, the canvas pressed at first', () => {
    render(<ViewSwitch />);
    const group = screen.getByRole('group', { name: 'View' });
    expect(
      within(group)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['With Kafka', 'Without Kafka', 'Cluster', 'Capacity', 'Sweep', 'Compare']);
    expect(pressed('With Kafka')).toBe('true');
    expect(pressed('Without Kafka')).toBe('false');
    expect(pressed('Cluster')).toBe('false');
  });

  it('shows the view a person picks, and presses its button alone', async () => {
    const user = userEvent.setup();
    render(<ViewSwitch />);
    await user.click(screen.getByRole('button', { name: 'Cluster' }));
    expect(useFranz.getState().view).toBe('cluster');
    expect(pressed('With Kafka')).toBe('false');
    expect(pressed('Cluster')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'Without Kafka' }));
    expect(useFranz.getState().view).toBe('without');
    expect(pressed('Without Kafka')).toBe('true');
    expect(pressed('Cluster')).toBe('false');
  });
});
