import { expect, test } from './fixtures';
import { tabTo } from './pages/keyboard';
import { SIMULATED_TIME } from './patience';

test('with the keyboard only: build source → topic → sink, play, see records flow, delete a connection', async ({
  app,
  page,
}) => {
  await app.open();
  const keys = page.keyboard;
  // An empty design: select all, Delete. Space pauses the article's pipeline, which opens running.
  await keys.press('ControlOrMeta+a');
  await keys.press('Delete');
  await expect(app.canvas.nodes()).toHaveCount(0);
  await keys.press(' ');
  await expect(app.toolbar.button('Play')).toBeVisible();

  // Palette items are buttons: Enter adds the node in the middle of the view.
  const palette = page.getByRole('navigation', { name: 'Palette' });
  for (const item of ['Source', 'Topic', 'Sink']) {
    await tabTo(page, palette.getByRole('button', { name: item, exact: true }));
    await keys.press('Enter');
  }
  const source = app.canvas.node('Source', 'Source 1');
  const topic = app.canvas.node('Topic', 'topic-1');
  const sink = app.canvas.node('Sink', 'Sink 1');
  await expect(app.canvas.nodes()).toHaveCount(3);

  // Connect to… in the selected node's inspector lists the nodes it may feed.
  const connect = async (from: typeof source, heading: string) => {
    await tabTo(page, from, { backward: true });
    await keys.press('Enter');
    await expect(app.inspector.root.getByRole('heading', { name: heading })).toBeVisible();
    await tabTo(page, app.inspector.root.getByRole('button', { name: 'Connect to…' }));
    await keys.press('Enter');
    await tabTo(page, app.inspector.root.getByRole('button', { name: 'Connect', exact: true }));
    await keys.press('Enter');
  };
  await connect(source, 'Source: Source 1');
  await expect(app.canvas.edges()).toHaveCount(1);
  // Its only topic taken, the list gives way to why there is nothing more to connect to.
  await expect(app.inspector.root.getByRole('combobox', { name: 'Connect Source 1 to' })).toHaveCount(0);
  await expect(app.inspector.root).toContainText('A source writes to topics, and there is none');
  await connect(topic, 'Topic: topic-1');
  await expect(app.canvas.edges()).toHaveCount(2);
  await expect(
    app.inspector.root.getByRole('button', { name: 'Disconnect topic-1 from Sink 1' }),
  ).toBeVisible();

  // Space on the sink plays (and selects it); the source's records are acknowledged and reach the group.
  await tabTo(page, sink, { backward: true });
  await keys.press(' ');
  await expect(app.toolbar.button('Pause')).toBeVisible();
  await expect(sink).toContainText('Stable', SIMULATED_TIME);
  await expect
    .poll(
      async () => Number((await app.canvas.figure(source, 'acked').textContent())?.replace(/\D/g, '')),
      SIMULATED_TIME,
    )
    .toBeGreaterThan(0);
  await expect.poll(() => app.canvas.lag(sink), SIMULATED_TIME).toBeGreaterThan(0);

  // Tab reaches the connections, named by their ends; Delete removes the focused one.
  const edge = page.getByRole('group', { name: 'Source 1 to topic-1', exact: true });
  await tabTo(page, edge, { backward: true });
  await keys.press('Delete');
  await expect(app.canvas.edges()).toHaveCount(1);
  await expect(edge).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'topic-1 to Sink 1', exact: true })).toHaveCount(1);
});
