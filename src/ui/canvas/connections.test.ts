import { describe, expect, it } from 'vitest';
import { connectionRefusal } from './connections';
import { ordersDoc } from './docs.testing';

describe('connection refusals', () => {
  const doc = ordersDoc();

  it('accepts data flowing source -> topic -> sink', () => {
    expect(connectionRefusal(doc, 'payments', 'refunds')).toBeNull();
    expect(connectionRefusal(doc, 'refunds', 'billing')).toBeNull();
  });

  it('refuses a source wired straight to a sink, with a hint', () => {
    expect(connectionRefusal(doc, 'payments', 'billing')).toBe(
      'A source writes to a topic, not to a sink: put a topic between them',
    );
  });

  it('refuses a connection that already exists and a node feeding itself', () => {
    expect(connectionRefusal(doc, 'payments', 'orders')).toBe('Payments is already connected to orders');
    expect(connectionRefusal(doc, 'orders', 'orders')).toBe('A node cannot feed itself');
  });
});
