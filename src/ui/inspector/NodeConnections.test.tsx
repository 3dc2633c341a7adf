// A node's connections in its inspector, and Connect to…: the keyboard's way to wire the design.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useFranz } from '../../store/store';
import { ordersDoc } from '../canvas/docs.testing';
import { renderWithSim } from '../render.testing';
import { NodeConnections } from './NodeConnections';

function nodeOf(id: string) {
  const node = useFranz.getState().doc.nodes.find((n) => n.id === id);
  if (!node) throw new Error(`no node ${id}`);
  return node;
}

describe('a node’s connections', () => {
  it('connects to a node chosen from the list of those the rules allow, as one undo step', async () => {
    useFranz.getState().replaceDocument(ordersDoc());
    const { user } = renderWithSim(<NodeConnections node={nodeOf('payments')} />);
    expect(screen.getByRole('listitem').textContent).toContain('Payments → orders');
    const toggle = screen.getByRole('button', { name: 'Connect to…' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await user.click(toggle);
    const list = screen.getByRole('combobox', { name: 'Connect Payments to' });
    expect([...list.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['Topic: refunds']);
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(useFranz.getState().doc.edges).toContainEqual({ from: 'payments', to: 'refunds' });
    expect(useFranz.getState().past).toHaveLength(1);
    expect(screen.getByRole('status').textContent).toBe('Connected Payments to refunds.');
    expect(screen.getByText(/A source writes to topics, and there is none/)).toBeTruthy();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Payments → ordersDisconnect',
      'Payments → refundsDisconnect',
    ]);
  });

  it('disconnects one connection, and a sink says it only reads', async () => {
    useFranz.getState().replaceDocument(ordersDoc());
    const { user } = renderWithSim(<NodeConnections node={nodeOf('audit')} />);
    await user.click(screen.getByRole('button', { name: 'Disconnect orders from Audit' }));
    expect(useFranz.getState().doc.edges).not.toContainEqual({ from: 'orders', to: 'audit' });
    expect(useFranz.getState().doc.edges).toHaveLength(3);
    await user.click(screen.getByRole('button', { name: 'Connect to…' }));
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.getByText('A sink only reads: connect a topic to it instead.')).toBeTruthy();
  });
});
