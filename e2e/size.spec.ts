import { expect, test } from './fixtures';
import { SIMULATED_TIME } from './patience';
import { SizePage } from './pages/sizePage';

test('a topic of a thousand partitions is one readable band at fit view, lanes when zoomed in, and a table that scrolls', async ({
  app,
}) => {
  const size = new SizePage(app.page);
  await app.open(SizePage.linkFor(SizePage.wideTopic('clicks', 1000)));
  const topic = app.canvas.node('Topic', 'clicks');
  await expect(topic).toBeVisible();

  // At fit view: the partitions are one heatmap band, not a thousand lanes, and the name is readable.
  await expect(size.band('clicks')).toBeVisible();
  await expect(size.band('clicks')).toHaveAccessibleName(/1,000 partitions/);
  await expect(size.lanes('clicks')).toHaveCount(0);
  const name = size.name(topic, 'clicks');
  const box = await name.boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(9);
  expect(await name.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  expect(await size.zoom()).toBeLessThan(1);

  // Zoomed in to life-size, the partitions are lanes again, in a box that scrolls through all thousand and
  // renders only the lanes in view; the wheel over it scrolls the lanes, not the canvas.
  await size.zoomInUntil(size.lanes('clicks'));
  expect(await size.zoom()).toBeGreaterThanOrEqual(1);
  await expect(size.band('clicks')).toHaveCount(0);
  await expect(size.lane('clicks', 0)).toBeVisible();
  expect(await size.lanes('clicks').getByRole('listitem').count()).toBeLessThan(40);
  await expect(topic.getByText('1,000 partitions: scroll for more')).toBeVisible();
  const zoom = await size.zoom();
  await size.scrollLanes('clicks', 1000 * 12);
  await expect(size.lane('clicks', 999)).toBeVisible();
  await expect(size.lane('clicks', 0)).toHaveCount(0);
  await expect(size.lanes('clicks').getByRole('listitem').last()).toHaveAttribute('aria-posinset', '1000');
  expect(await size.zoom()).toBe(zoom);

  // The Cluster view: a thousand partitions, of which only those in view are rendered; scrolling shows more.
  await app.cluster.open();
  await expect(app.cluster.root.getByText('1000 partitions', { exact: true })).toBeVisible();
  await expect(size.partitionsTable()).toHaveAttribute('aria-rowcount', '1001');
  await expect(app.cluster.row('clicks-0')).toBeVisible();
  await expect(app.cluster.row('clicks-900')).toHaveCount(0);
  expect(await size.partitionsTable().getByRole('row').count()).toBeLessThan(80);
  await size.scrollPartitions(900 * 30);
  await expect(app.cluster.row('clicks-900')).toBeVisible();
  await expect(app.cluster.row('clicks-0')).toHaveCount(0);
  await expect(app.cluster.replicas('clicks-900')).toHaveText(/^\d, \d$/);
});

test('a group of a hundred and fifty consumers lists its members in the inspector in a box that scrolls to the last', async ({
  app,
}) => {
  const size = new SizePage(app.page);
  await app.open(SizePage.linkFor(SizePage.wideTopic('clicks', 1000, 150)));
  await app.canvas.node('Sink', 'Store').click();
  await expect(app.inspector.memberCount()).toHaveText('Members 150', SIMULATED_TIME);
  await expect(app.inspector.member('store-consumer-1')).toBeVisible();
  // Only the members in view are rendered; each says which of how many it is.
  expect(await size.members().getByRole('listitem').count()).toBeLessThan(40);
  await expect(app.inspector.member('store-consumer-1')).toHaveAttribute('aria-setsize', '150');
  await size.scrollMembers(150 * 48);
  const last = app.inspector.member('store-consumer-150');
  await expect(last).toBeVisible();
  await expect(last).toHaveAttribute('aria-posinset', '150');
  await expect(last.getByRole('button', { name: 'Crash store-consumer-150' })).toBeVisible();
  await expect(app.inspector.member('store-consumer-1')).toHaveCount(0);
});
