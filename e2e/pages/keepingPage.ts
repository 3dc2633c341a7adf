import type { Locator, Page } from '@playwright/test';

/** What the page says about keeping the design: banners that stay, and parts that failed to draw. */
export class KeepingPage {
  constructor(readonly page: Page) {}

  /** "Browser storage is full: changes are not being saved." with Export. */
  storageBanner(): Locator {
    return this.page.getByRole('region', { name: 'Saving', exact: true });
  }

  /** "This design was changed in another tab" with Use theirs / Keep mine. */
  tabBanner(): Locator {
    return this.page.getByRole('region', { name: 'Another tab', exact: true });
  }

  /** What a part shows instead of itself when it failed to draw: "The canvas", "The inspector". */
  partError(part: string): Locator {
    return this.page.getByRole('alert', { name: `${part} failed`, exact: true });
  }

  /** The saved value of a localStorage key, for what a person cannot see (a backup kept for later). */
  stored(key: string): Promise<string | null> {
    return this.page.evaluate<string | null>(`localStorage.getItem(${JSON.stringify(key)})`);
  }
}
