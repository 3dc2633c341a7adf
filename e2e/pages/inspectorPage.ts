import type { Locator, Page } from '@playwright/test';

/** The inspector of the selected node: fields by their labels, live group figures, consumer buttons. */
export class InspectorPage {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('complementary', { name: 'Inspector' });
  }

  field(label: string): Locator {
    return this.root.getByLabel(label, { exact: true });
  }

  /** Types a value into a field and commits it (Enter), as a person would. */
  async set(label: string, value: string): Promise<void> {
    const field = this.field(label);
    await field.fill(value);
    await field.press('Enter');
  }

  button(name: string): Locator {
    return this.root.getByRole('button', { name, exact: true });
  }

  /** A member's row in the live consumer group, by its client id ("database-consumer-2"). */
  member(clientId: string): Locator {
    return this.root.getByRole('listitem', { name: clientId, exact: true });
  }

  /** The group's members as the coordinator counts them (the number beside "Members"). */
  memberCount(): Locator {
    return this.root.getByRole('heading', { name: /^Members/ });
  }

  alert(): Locator {
    return this.root.getByRole('alert');
  }
}
