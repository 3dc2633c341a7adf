import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { KeyTracer } from './KeyTracer';

describe('KeyTracer', () => {
  it('says nothing until a key is typed, then the partitioner’s steps and the partition', () => {
    render(<KeyTracer topic="orders" partitions={6} />);
    expect(screen.queryByRole('status')).toBeNull();
    fireEvent.change(screen.getByLabelText('Key'), { target: { value: '21' } });
    const trace = screen.getByRole('status');
    expect(trace.textContent).toContain('murmur2("21") = -973932308');
    expect(trace.textContent).toContain('-973932308 & 0x7fffffff = 1173551340');
    expect(trace.textContent).toContain('1173551340 % 6 = 0');
    expect(trace.textContent).toContain('Partition 0 of orders');
    expect(trace.textContent).toContain('With 3 partitions: 0; 7 partitions: 3; 12 partitions: 0.');
  });
});
