// The limits a person meets: a file saved as UTF-16 opens as it does in the CLI, a large design is announced
// before it runs, one over the memory budget is refused with what takes the memory.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppPage } from './pages/appPage';
import { expect, test } from './fixtures';
import { SIMULATED_TIME } from './patience';

/** One source into one topic of `partitions`, read by `groups` sinks. */
function wide(name: string, partitions: number, groups: number, rate: number) {
  const nodes: object[] = [
    { id: 's', kind: 'source', name: 'Shop', config: { rate } },
    { id: 't', kind: 'topic', name: 'orders', config: { partitions } },
  ];
  const edges = [{ from: 's', to: 't' }];
  for (let g = 0; g < groups; g++) {
    nodes.push({ id: `k${g}`, kind: 'sink', name: `Sink ${g}`, position: { x: 600, y: 80 * g }, config: {} });
    edges.push({ from: 't', to: `k${g}` });
  }
  return { format: 'franz.pipeline', version: 1, name, nodes, edges };
}

async function importFile(app: AppPage, file: string): Promise<void> {
  // As a person would: once the example design is on the canvas, the page has settled.
  await expect(app.canvas.nodes()).toHaveCount(13, SIMULATED_TIME);
  const chooser = app.page.waitForEvent('filechooser');
  await app.toolbar.button('Import').click();
  await (await chooser).setFiles(file);
}

test('a design saved as UTF-16 (with its byte-order mark) imports', async ({ app }) => {
  await app.open();
  const file = join(tmpdir(), `franz-utf16-${Date.now()}.json`);
  const text = JSON.stringify(wide('Saved on Windows', 3, 1, 10));
  writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
  await importFile(app, file);
  await expect(app.page.getByText('Imported “Saved on Windows”')).toBeVisible();
  await expect(app.canvas.nodes()).toHaveCount(3);
});

test('a design of 1,000 partitions read by 50 groups is announced as slower than real time', async ({
  app,
}) => {
  await app.open();
  const file = join(tmpdir(), `franz-wide-${Date.now()}.json`);
  writeFileSync(file, JSON.stringify(wide('Wide', 1000, 50, 1000)));
  await importFile(app, file);
  await expect(
    app.page.getByText('This design is large: about 51 million steps per simulated second'),
  ).toBeVisible(SIMULATED_TIME);
});

test('a design over the memory budget is refused with what takes the memory; the editor keeps it', async ({
  app,
}) => {
  await app.open();
  const file = join(tmpdir(), `franz-huge-${Date.now()}.json`);
  writeFileSync(file, JSON.stringify(wide('Huge', 3000, 1, 100_000)));
  await importFile(app, file);
  await expect(app.alert()).toContainText(
    "this design needs about 1.5 GB, over Franz's 1.0 GB memory budget: record details of 3,000 partitions",
    SIMULATED_TIME,
  );
  await expect(app.canvas.nodes()).toHaveCount(3);
});
