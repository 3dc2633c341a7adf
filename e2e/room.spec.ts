import { expect, test } from './fixtures';
import { overlap, RoomPage } from './pages/roomPage';

test('from 1024 x 700 to 2560 x 1440, at fit view no control covers a node, and the toolbar is one row', async ({
  app,
}) => {
  const room = new RoomPage(app.page);
  await app.open();
  for (const size of [
    { width: 1024, height: 700 },
    { width: 2560, height: 1440 },
  ]) {
    await app.page.setViewportSize(size);
    if (size.width === 2560) {
      // A notice takes its place in the page's flow, under the top bar: it covers nothing either.
      await app.toolbar.button('Share').click();
      await expect(app.page.locator('.notice')).toBeVisible();
    }
    await room.fitView();
    const { controls, nodes, canvas } = await room.boxes();
    expect(nodes).toHaveLength(13);
    expect(controls.map((c) => c.name)).toEqual(
      expect.arrayContaining(['view switch', 'zoom controls', 'charts dock', 'palette', 'inspector']),
    );
    const covered = nodes.flatMap((node) =>
      controls
        .filter((control) => overlap(node, control) > 0)
        .map((control) => `${control.name} covers ${node.name} at ${size.width}`),
    );
    expect(covered).toEqual([]);
    // Every node is whole inside the canvas.
    for (const node of nodes) {
      expect(node.x).toBeGreaterThanOrEqual(canvas.x);
      expect(node.y).toBeGreaterThanOrEqual(canvas.y);
      expect(node.x + node.width).toBeLessThanOrEqual(canvas.x + canvas.width);
      expect(node.y + node.height).toBeLessThanOrEqual(canvas.y + canvas.height);
    }
    // The view switch and the notice cover no control either.
    const switchBox = controls.find((c) => c.name === 'view switch')!;
    for (const control of controls.filter((c) => c.name === 'notice' || c.name === 'toolbar button'))
      expect(overlap(switchBox, control)).toBe(0);
    // One row: every toolbar button's top within 4 px of the first's.
    const tops = controls.filter((c) => c.name === 'toolbar button').map((c) => c.y);
    expect(tops.length).toBeGreaterThanOrEqual(12);
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(4);
  }
});

test('presentation mode: node names of 14 px or more at 1920 x 1080, panels folded away, Escape leaves', async ({
  app,
}) => {
  const room = new RoomPage(app.page);
  await app.page.setViewportSize({ width: 1920, height: 1080 });
  await app.open();
  const palette = app.page.getByRole('navigation', { name: 'Palette' });
  const inspector = app.page.getByRole('complementary', { name: 'Inspector' });
  await expect(palette).toBeVisible();
  await app.page.keyboard.press('p');
  await expect(app.page.getByRole('button', { name: 'Present' })).toHaveAttribute('aria-pressed', 'true');
  await expect(palette).toBeHidden();
  await expect(inspector).toBeHidden();
  await expect(app.page.getByRole('heading', { name: 'Recent events' })).toBeHidden();
  await room.waitForStillViewport();
  const nameSize = await room.pixels('.react-flow__node .fnode__name', 'fontSize');
  expect(nameSize * (await room.zoom())).toBeGreaterThanOrEqual(14);
  expect(await room.pixels('.rate-edge.react-flow__edge-path', 'strokeWidth')).toBeGreaterThanOrEqual(3);

  // Escape leaves, even with focus on the toolbar's button.
  await app.page.getByRole('button', { name: 'Present' }).focus();
  await app.page.keyboard.press('Escape');
  await expect(palette).toBeVisible();
  await expect(inspector).toBeVisible();
  await expect(app.page.getByRole('button', { name: 'Present' })).toHaveAttribute('aria-pressed', 'false');
});

test('the theme turns the page dark when chosen, and follows the system while System is chosen', async ({
  app,
}) => {
  const room = new RoomPage(app.page);
  await app.page.emulateMedia({ colorScheme: 'light' });
  await app.open();
  const theme = app.page.getByRole('combobox', { name: 'Theme' });
  await expect(theme).toHaveValue('system');
  expect(await room.backgroundLuminance('html')).toBeGreaterThan(0.8);

  await theme.selectOption('dark');
  expect(await room.backgroundLuminance('html')).toBeLessThan(0.2);
  expect(await room.backgroundLuminance('.workspace__inspector')).toBeLessThan(0.2);

  await theme.selectOption('system');
  expect(await room.backgroundLuminance('html')).toBeGreaterThan(0.8);
  await app.page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => room.backgroundLuminance('html')).toBeLessThan(0.2);
  expect(await room.backgroundLuminance('.workspace__palette')).toBeLessThan(0.2);
});
