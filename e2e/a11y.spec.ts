import { expect, test } from './fixtures';
import { expectNoSeriousViolations } from './pages/axe';
import { visitEveryScreen } from './pages/screens';

for (const theme of ['Light', 'Dark'] as const) {
  test(`every screen passes axe-core (WCAG 2.1 A and AA) with no serious or critical violation: ${theme}`, async ({
    app,
    page,
  }) => {
    await app.open();
    await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: theme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme.toLowerCase());
    await visitEveryScreen(page, (screen, part) =>
      expectNoSeriousViolations(page, `${theme}: ${screen}`, part),
    );
  });
}

test('presentation mode passes axe-core in both themes, on the canvas and every view', async ({
  app,
  page,
}) => {
  await app.open();
  await app.pause();
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await expect(page.getByRole('navigation', { name: 'Palette' })).toBeHidden();
  const views = page.getByRole('group', { name: 'View' });
  for (const theme of ['Light', 'Dark'] as const) {
    await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: theme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme.toLowerCase());
    for (const view of ['With Kafka', 'Without Kafka', 'Cluster', 'Capacity']) {
      await views.getByRole('button', { name: view, exact: true }).click();
      await expect(views.getByRole('button', { name: view, exact: true })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      await expectNoSeriousViolations(page, `Presentation, ${theme}: ${view}`);
    }
  }
});
