// "Export for Kafka" as a person and a screen reader use it: a button that opens three named choices, each of which
// downloads one file named after the design.
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useFranz } from '../../store/store';
import { kafkaExportFile } from '../persistence/exportForKafka';
import { renderWithSim } from '../render.testing';
import { ExportForKafka } from './ExportForKafka';

const toggle = () => screen.getByRole('button', { name: 'Export for Kafka' });
const choices = () =>
  screen.queryByRole('group', { name: 'Export for Kafka' })?.querySelectorAll('button') ?? [];

afterEach(() => vi.restoreAllMocks());

describe('Export for Kafka', () => {
  it('opens three choices by name, and Escape closes them with focus back on the button', async () => {
    const { user } = renderWithSim(<ExportForKafka />);
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    expect(choices()).toHaveLength(0);
    await user.click(toggle());
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    expect([...choices()].map((b) => b.textContent)).toEqual([
      'Topics',
      'Client properties',
      'Docker Compose',
    ]);
    await user.keyboard('{Escape}');
    expect(choices()).toHaveLength(0);
    expect(document.activeElement).toBe(toggle());
  });

  it('downloads the chosen export, named after the design, and closes', async () => {
    const created: Blob[] = [];
    const names: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:franz';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    const { user } = renderWithSim(<ExportForKafka />);
    await user.click(toggle());
    await user.click(screen.getByRole('button', { name: 'Docker Compose' }));
    const doc = useFranz.getState().doc;
    expect(names).toEqual([kafkaExportFile(doc, 'compose').fileName]);
    expect(await created[0]!.text()).toBe(kafkaExportFile(doc, 'compose').text);
    expect(choices()).toHaveLength(0);
  });

  it('names the files after the design', () => {
    const doc = { ...useFranz.getState().doc, name: 'Orders / EU' };
    expect(kafkaExportFile(doc, 'topics').fileName).toBe('orders-eu.topics.sh');
    expect(kafkaExportFile(doc, 'properties').fileName).toBe('orders-eu.properties');
    expect(kafkaExportFile(doc, 'compose').fileName).toBe('orders-eu.compose.yaml');
  });
});
