import { expect, test } from './fixtures';
import { DesignFilePage } from './pages/designFilePage';
import { LayoutPage, overlapping, type Box } from './pages/layoutPage';

const right = (b: Box) => b.x + b.width;

// A screen where the nine nodes at fit view show their figures and edge labels (zoomed out they are names only).
test.use({ viewport: { width: 1920, height: 1080 } });

test('a design imported without positions is laid out left to right; Tidy layout is one undo step; labels never overlap', async ({
  app,
}) => {
  const layout = new LayoutPage(app.page);
  await app.open();
  await new DesignFilePage(app.page, app.toolbar).import(LayoutPage.unplaced(), 'unplaced');
  await expect(app.canvas.node('Processor', 'Enricher')).toBeVisible();
  await expect(app.canvas.nodes()).toHaveCount(9);

  // Laid out as it arrived: no two nodes overlap, and sources stand left of topics, topics left of the sinks.
  await expect.poll(async () => overlapping(await layout.nodeBoxes())).toEqual([]);
  const boxes = await layout.nodeBoxes();
  const of = (name: string) => boxes.get(name)!;
  for (const source of ['Source: Web', 'Source: Mobile', 'Source: Devices'])
    expect(right(of(source))).toBeLessThan(of('Topic: clicks').x);
  expect(right(of('Source: Devices'))).toBeLessThan(of('Topic: telemetry').x);
  expect(right(of('Topic: clicks'))).toBeLessThan(of('Processor: Enricher').x);
  expect(right(of('Processor: Enricher'))).toBeLessThan(of('Topic: enriched').x);
  expect(right(of('Topic: enriched'))).toBeLessThan(of('Sink: Search').x);
  expect(right(of('Topic: telemetry'))).toBeLessThan(of('Sink: Database').x);

  // A node dragged onto another overlaps it; Tidy layout sets everything apart again.
  const web = app.canvas.node('Source', 'Web');
  await layout.dragOnto(web, app.canvas.node('Topic', 'telemetry'));
  const dropped = await layout.flowPosition(web);
  expect(overlapping(await layout.nodeBoxes())).not.toEqual([]);
  await layout.tidy().click();
  await expect.poll(async () => overlapping(await layout.nodeBoxes())).toEqual([]);
  expect(await layout.flowPosition(web)).not.toEqual(dropped);

  // One undo step: Ctrl+Z puts the dragged node back where it was dropped.
  await app.page.keyboard.press('ControlOrMeta+z');
  await expect.poll(() => layout.flowPosition(web)).toEqual(dropped);
  await app.page.keyboard.press('ControlOrMeta+Shift+z');
  await expect.poll(async () => overlapping(await layout.nodeBoxes())).toEqual([]);

  // At fit view, once the simulation reports, the rate labels on screen never cover each other.
  await app.page.keyboard.press('f');
  await expect(app.page.locator('.rate-edge__label').first()).toBeVisible();
  expect((await layout.labelBoxes()).length).toBeGreaterThanOrEqual(5);
  expect(overlapping(await layout.labelBoxes())).toEqual([]);
});
