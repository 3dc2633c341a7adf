// For component tests: render a component as the page does, inside SimActions that write down what they
// are asked, with a user to click and type; and change the store as the worker bridge would.
import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement, ReactNode } from 'react';
import type { SimState } from '../store/simSlice';
import { useFranz } from '../store/store';
import { recordingSimActions } from './commands/simActions.testing';
import { SimActionsContext } from './simActions';

/**
 * Renders `element` with recording SimActions (kept on `rerender`): `calls` lists what the component asked of
 * the simulation.
 */
export function renderWithSim(element: ReactElement) {
  const { sim, calls } = recordingSimActions();
  const user = userEvent.setup();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <SimActionsContext value={sim}>{children}</SimActionsContext>
  );
  const result = render(element, { wrapper });
  return { ...result, user, calls };
}

/** What the bridge writes when the worker reports: the simulation's status, report, speed... */
export function setSim(patch: Partial<SimState>): void {
  act(() => useFranz.getState().setSim(patch));
}
