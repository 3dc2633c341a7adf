import type { Locator, Page } from '@playwright/test';

/** The top bar: playback, speed, seed, clock and the document commands. */
export class ToolbarPage {
  constructor(readonly page: Page) {}

  button(
    name: 'Play' | 'Pause' | 'Step' | 'Reset' | 'Export' | 'Import' | 'Share' | 'Undo' | 'Redo',
  ): Locator {
    return this.page.getByRole('button', { name, exact: true });
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

  notice(): Locator {
    return this.page.getByRole('alert').or(this.page.getByRole('status'));
  }
}
