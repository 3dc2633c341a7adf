import { test as base } from '@playwright/test';
import { AppPage } from './pages/appPage';

/** Specs ask for the page object by name instead of building it. */
export const test = base.extend<{ app: AppPage }>({
  app: async ({ page }, use) => {
    await use(new AppPage(page));
  },
});

export { expect } from '@playwright/test';
