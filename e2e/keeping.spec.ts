import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { SIMULATED_TIME } from './patience';

test('a reload finds the design as it was left', async ({ app }) => {
  await app.open();
  await app.canvas.dropFromPalette('Processor', { x: 40, y: 40 });
  await expect(app.canvas.node('Processor', 'Processor 1')).toBeVisible();
  await app.reload();
  await expect(app.canvas.node('Processor', 'Processor 1')).toBeVisible();
  await expect(app.canvas.nodes()).toHaveCount(14);
});

test('a broken file is refused on import, and the design stays as it was', async ({ app }) => {
  await app.open();
  const file = join(tmpdir(), `franz-broken-${Date.now()}.json`);
  writeFileSync(
    file,
    JSON.stringify({
      format: 'franz.pipeline',
      version: 1,
      nodes: [{ id: 't', kind: 'topic', name: 't', config: { partitions: 0 } }],
      edges: [],
    }),
  );
  const chooser = app.page.waitForEvent('filechooser');
  await app.toolbar.button('Import').click();
  await (await chooser).setFiles(file);
  await expect(app.alert()).toContainText('nodes[0].config.partitions: must be >= 1');
  await expect(app.canvas.nodes()).toHaveCount(13);

  writeFileSync(file, '{ not json');
  const again = app.page.waitForEvent('filechooser');
  await app.toolbar.button('Import').click();
  await (await again).setFiles(file);
  await expect(app.alert()).toContainText('JSON');
  await expect(app.canvas.nodes()).toHaveCount(13);
});

test('Share puts the design in a link that opens it elsewhere; a broken link is refused', async ({
  app,
  browser,
}) => {
  await app.open();
  await app.canvas.dropFromPalette('Processor', { x: 40, y: 40 });
  await expect(app.canvas.node('Processor', 'Processor 1')).toBeVisible();
  await app.toolbar.button('Share').click();
  await expect.poll(() => app.page.url()).toContain('#design=');
  const link = app.page.url();

  // A fresh browser profile (no autosave) opens the link.
  const other = await browser.newPage();
  await other.goto(link);
  await expect(other.getByRole('group', { name: 'Processor: Processor 1' })).toBeVisible();
  await expect(other.locator('.react-flow__node')).toHaveCount(14);
  await other.close();

  const broken = await browser.newPage();
  await broken.goto(`${new URL(link).origin}/#design=not-a-design`);
  await expect(broken.getByRole('alert')).toContainText('cannot be opened');
  await expect(broken.getByRole('group', { name: 'Sink: Database' })).toBeVisible();
  await broken.close();
});

test('a worker that dies is reported and restarted from the current design', async ({ app }) => {
  const workerStarted = app.page.waitForEvent('worker');
  await app.open();
  const worker = await workerStarted;
  await app.waitForClock(3);
  await worker.evaluate(() => {
    setTimeout(() => {
      throw new Error('simulated crash');
    });
  });
  await expect(app.alert()).toContainText('stopped');
  // The restarted worker runs the same design again. (The notice takes room from the canvas, which fits again, and
  // may show the nodes by name only: the group's state is read in the inspector.)
  await app.canvas.node('Sink', 'Database').click();
  await expect(app.inspector.root).toContainText('Stable', SIMULATED_TIME);
  await app.waitForClock(2);
});
