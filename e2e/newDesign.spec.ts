import { expect, test } from './fixtures';
import { NewDesignPage } from './pages/newDesignPage';

const ARTICLE = 'Five sources, four sinks, one log';

test('New opens an empty design or a template that runs, Undo brings the design back, and renaming names the tab and the files', async ({
  app,
}) => {
  await app.open();
  const designs = new NewDesignPage(app.page);
  await expect(designs.name()).toHaveText(ARTICLE);
  await expect(app.page).toHaveTitle(`${ARTICLE} · Franz`);
  await expect(app.canvas.nodes()).toHaveCount(13);

  // New, empty: nothing on the canvas, and the top bar and the tab say so.
  await designs.open();
  await expect(designs.dialog().getByRole('button', { name: 'One topic', exact: true })).toBeVisible();
  await designs.dialog().getByRole('button', { name: 'Empty design', exact: true }).click();
  await expect(app.canvas.nodes()).toHaveCount(0);
  await expect(designs.name()).toHaveText('Untitled pipeline');
  await expect(app.page).toHaveTitle('Untitled pipeline · Franz');

  // New, one topic: its three nodes, running from a fresh clock.
  await designs.start('One topic');
  await expect(app.canvas.nodes()).toHaveCount(3);
  const topic = app.canvas.node('Topic', 'orders');
  await expect(topic.locator('.lane')).toHaveCount(3);
  await expect(app.canvas.node('Sink', 'Billing')).toBeVisible();
  await expect(designs.name()).toHaveText('One topic');
  const from = await app.toolbar.seconds();
  await app.waitForClock(from + 1);

  // Undo: the empty design, then the article's pipeline, each a step of its own.
  await app.toolbar.button('Undo').click();
  await expect(designs.name()).toHaveText('Untitled pipeline');
  await expect(app.canvas.nodes()).toHaveCount(0);
  await app.toolbar.button('Undo').click();
  await expect(designs.name()).toHaveText(ARTICLE);
  await expect(app.canvas.nodes()).toHaveCount(13);

  // Rename in place: the top bar, the tab and the exported file follow.
  await designs.name().click();
  await expect(designs.field()).toBeFocused();
  await designs.field().fill('Orders EU, v2');
  await designs.field().press('Enter');
  await expect(designs.name()).toHaveText('Orders EU, v2');
  await expect(app.page).toHaveTitle('Orders EU, v2 · Franz');
  const exported = await app.keeping.download(app.toolbar.button('Export'));
  expect(exported.name).toBe('orders-eu-v2.franz.json');
  expect(JSON.parse(exported.text)).toMatchObject({ name: 'Orders EU, v2' });

  // An empty name is refused, and the name stays.
  await designs.rename('   ');
  await expect(app.alert()).toContainText('A design needs a name. It stays “Orders EU, v2”.');
  await expect(designs.name()).toHaveText('Orders EU, v2');
  await expect(app.page).toHaveTitle('Orders EU, v2 · Franz');
});
