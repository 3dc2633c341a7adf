import { expect, type Locator, type Page } from '@playwright/test';

/** The first page: the product name, a tagline, a Run example button and a live status line. */
export class AppPage {
  readonly heading: Locator;
  readonly runExampleButton: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.runExampleButton = page.getByRole('button', { name: 'Run example' });
    this.status = page.getByRole('status');
  }

  async open() {
    await this.page.goto('/');
    await expect(this.heading).toBeVisible();
  }

  async runExample() {
    await this.runExampleButton.click();
  }
}
