import type { Locator, Page } from '@playwright/test';

/** The top bar: playback, speed, seed, clock and the document commands. */
export class ToolbarPage {
  constructor(readonly page: Page) {}

  button(
    name: 'Play' | 'Pause' | 'Step' | 'Reset' | 'Export' | 'Import' | 'Share' | 'Undo' | 'Redo',
  ): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** "Export for Kafka", and once it is open one of its choices. */
  exportForKafka(choice?: 'Topics' | 'Client properties' | 'Docker Compose'): Locator {
    const toggle = this.page.getByRole('button', { name: 'Export for Kafka', exact: true });
    if (!choice) return toggle;
    return this.page
      .getByRole('group', { name: 'Export for Kafka' })
      .getByRole('button', { name: choice, exact: true });
  }

  get speed(): Locator {
    // The select sits inside its label, so its accessible name also carries the chosen value.
    return this.page.getByRole('combobox', { name: /^Speed/ });
  }

  get clock(): Locator {
    return this.page.getByLabel('Simulated time', { exact: true });
  }

  /** Simulated seconds shown on the clock (mm:ss or h:mm:ss). */
  async seconds(): Promise<number> {
    const text = (await this.clock.textContent()) ?? '';
    return text
      .trim()
      .split(':')
      .map(Number)
      .reduce((acc, part) => acc * 60 + part, 0);
  }

  /** The notice bar's message (not the page's live region, which is a status too). */
  notice(): Locator {
    return this.page.getByRole('alert').or(this.page.getByRole('status').and(this.page.locator('.notice')));
  }
}
