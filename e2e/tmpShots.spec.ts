import { expect, test } from './fixtures';
test.setTimeout(600_000);
for (const [w, h] of [
  [1440, 900],
  [1024, 700],
] as const) {
  test(`shots ${w}`, async ({ app, page }) => {
    test.setTimeout(600_000);
    await page.setViewportSize({ width: w, height: h });
    await app.open();
    const sensors = app.canvas.node('Source', 'IoT sensors');
    await sensors.click({ timeout: 60_000 });
    await app.inspector.set('Rate', '50000');
    await app.setSpeed('100x');
    await expect(app.canvas.figure(sensors, 'acked')).toHaveText(/M$/, { timeout: 180_000 });
    await page.screenshot({ path: `/tmp/uif/figures-${w}.png` });
    await app.toolbar.button('Pause').click({ timeout: 60_000 });
    // refused partitions
    const payments = app.canvas.node('Topic', 'payments');
    await payments.click({ timeout: 60_000 });
    await app.inspector.set('Partitions', '5');
    await expect(payments.locator('.lane')).toHaveCount(5, { timeout: 60_000 });
    await app.toolbar.button('Undo').click({ timeout: 60_000 });
    await expect(app.inspector.root).toContainText('5 running · 3 on Reset', { timeout: 60_000 });
    await page.screenshot({ path: `/tmp/uif/partitions-${w}.png` });
    await app.inspector.set('Replication factor', '2');
    await expect(app.inspector.root).toContainText('3 running · 2 on Reset', { timeout: 60_000 });
    await page.screenshot({ path: `/tmp/uif/rf-${w}.png` });
    await app.canvas.node('Source', 'CRM').click({ timeout: 60_000 });
    await app.inspector.set('Rate', '-5');
    await expect(app.inspector.alert()).toHaveText('Rate must be at least 0', { timeout: 60_000 });
    await page.screenshot({ path: `/tmp/uif/rate-${w}.png` });
    await page.getByRole('button', { name: 'Without Kafka' }).click({ timeout: 60_000 });
    await expect(page.getByText('12 integrations', { exact: true })).toBeVisible({ timeout: 60_000 });
    await page.screenshot({ path: `/tmp/uif/withoutKafka-${w}.png` });
  });
}
