import { expect, test } from './fixtures';

/** Fills the origin's localStorage to the last few bytes with junk keys, as other pages of a site might. */
const FILL = `(() => {
  let n = 0;
  for (let size = 1 << 20; size >= 1; size >>= 1) {
    const chunk = 'x'.repeat(size);
    for (;;) {
      try { localStorage.setItem('junk-' + n, chunk); n++; } catch { break; }
    }
  }
  return n;
})()`;
const FREE = `(() => { for (const key of Object.keys(localStorage)) if (key.startsWith('junk-')) localStorage.removeItem(key); })()`;

test('storage full: a banner stays while saving fails, offers Export, and goes once a save succeeds', async ({
  app,
}) => {
  await app.open();
  await app.toolbar.button('Pause').click();
  expect(await app.page.evaluate<number>(FILL)).toBeGreaterThan(0);
  await app.canvas.dropFromPalette('Processor', { x: 40, y: 40 });
  const banner = app.keeping.storageBanner();
  await expect(banner).toContainText('Browser storage is full: changes are not being saved.');
  await app.page.screenshot({ path: test.info().outputPath('storage-full-banner.png') });

  // Not a toast: the next edit fails too, and the banner is still there.
  await app.canvas.addFromPalette('Processor');
  await expect(app.canvas.node('Processor', 'Processor 2')).toBeVisible();
  await expect(banner).toBeVisible();

  const download = app.page.waitForEvent('download');
  await banner.getByRole('button', { name: 'Export', exact: true }).click();
  expect((await download).suggestedFilename()).toMatch(/\.franz\.json$/);

  await app.page.evaluate(FREE);
  await app.canvas.addFromPalette('Processor');
  await expect(banner).toBeHidden();
  await app.reload();
  await expect(app.canvas.node('Processor', 'Processor 3')).toBeVisible();
  await expect(app.canvas.nodes()).toHaveCount(16);
});
