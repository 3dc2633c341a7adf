import { expect, test } from './fixtures';
import { SIMULATED_TIME } from './patience';

test('a partition lane opens its records with the group committed among them; the Cluster view shows each replica log end', async ({
  app,
  page,
}) => {
  await app.open();
  // After the first auto-commit (auto.commit.interval.ms = 5 s) the group has a committed offset to show.
  await app.waitForClock(7);
  const payments = app.canvas.node('Topic', 'payments');
  await expect(payments.locator('.lane')).toHaveCount(3);
  await payments.getByRole('button', { name: 'Records of payments-0' }).click();

  const dialog = page.getByRole('dialog', { name: 'Records of payments-0' });
  await expect(dialog).toBeVisible();
  const table = dialog.getByRole('table', { name: /^Records \d+–\d+, oldest first$/ });
  await expect(table.getByRole('columnheader', { name: 'Offset' })).toBeVisible();
  // Rows named by their offset: the records as the log holds them.
  await expect(table.getByRole('rowheader').first()).toHaveText(/^\d+$/);
  await expect(dialog).toContainText(/group \S+ committed here \(offset \d+\)/, SIMULATED_TIME);
  await expect(dialog).toContainText(/high watermark \d+/);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await app.cluster.open();
  const row = app.cluster.root.getByRole('row', { name: /^payments-0\b/ });
  // Each of the three replicas: its broker id and its log end offset.
  await expect(row.locator('.prow__leos')).toHaveText(/^\d+: \d+ · \d+: \d+ · \d+: \d+$/);
  await expect(row.locator('.prow__hw')).toHaveText(/^\d+$/);
  await row.getByRole('button', { name: 'Records of payments-0' }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});
