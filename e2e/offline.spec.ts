import { expect, test } from './fixtures';

test('once opened, the app reloads and runs with the network cut, and can be installed', async ({
  app,
  context,
}) => {
  await app.open();
  // Installable: the manifest is linked and names the app and its icons.
  await expect(app.page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');
  await expect(app.page.locator('link[rel="icon"][type="image/svg+xml"]')).toHaveAttribute(
    'href',
    '/icon.svg',
  );
  const manifest = (await (await app.page.request.get('/manifest.webmanifest')).json()) as {
    name: string;
    display: string;
    icons: { src: string; sizes: string; purpose?: string }[];
  };
  expect(manifest).toMatchObject({ name: 'Franz', display: 'standalone', start_url: '.' });
  expect(manifest.icons.map((i) => i.sizes)).toEqual(['any', '192x192', '512x512', '512x512']);
  expect(manifest.icons.filter((i) => i.purpose === 'maskable')).toHaveLength(1);
  expect((await app.page.request.get('/icon-512.png')).headers()['content-type']).toBe('image/png');

  // The service worker has kept the app and answers for this page.
  // (Strings: the e2e project is type-checked without the DOM's types.)
  await app.page.evaluate('navigator.serviceWorker.ready.then(() => true)');
  await expect
    .poll(() => app.page.evaluate<boolean>('navigator.serviceWorker.controller !== null'))
    .toBe(true);

  await context.setOffline(true);
  await app.reload();
  await expect(app.canvas.node('Topic', 'payments')).toBeVisible();
  const from = await app.toolbar.seconds();
  await app.waitForClock(from + 1);
  await context.setOffline(false);
});
