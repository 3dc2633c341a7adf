import { expect, type Locator, type Page } from '@playwright/test';

/** New (an empty design or a template, in a dialog) and the design's name in the top bar, renamed in place. */
export class NewDesignPage {
  constructor(readonly page: Page) {}

  dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'New design' });
  }

  /** Opens the New dialog from the top bar's Design group. */
  async open(): Promise<void> {
    await this.page
      .getByRole('group', { name: 'Design' })
      .getByRole('button', { name: 'New', exact: true })
      .click();
    await expect(this.dialog()).toBeVisible();
  }

  /** New, then one of its choices: 'Empty design', 'One topic', 'L5: Queue or ...'. */
  async start(choice: string): Promise<void> {
    await this.open();
    await this.dialog().getByRole('button', { name: choice, exact: true }).click();
    await expect(this.dialog()).toBeHidden();
  }

  /** The design's name in the top bar: a button that turns into a field. */
  name(): Locator {
    return this.page.getByRole('banner').locator('.brand__design');
  }

  field(): Locator {
    return this.page.getByRole('textbox', { name: 'Design name', exact: true });
  }

  /** Clicks the name, types `name` over it and presses Enter, as a person renames the design. */
  async rename(name: string): Promise<void> {
    await this.name().click();
    await this.field().fill(name);
    await this.field().press('Enter');
    await expect(this.field()).toBeHidden();
  }
}
