import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { KeepingPage } from './pages/keepingPage';

const EXAMPLE = 'Five sources, four sinks, one log';
const example = JSON.parse(readFileSync('examples/article-pipeline.json', 'utf8')) as {
  name: string;
  version: number;
  nodes: { id: string; kind: string; config: Record<string, unknown> }[];
};

/** Puts text where autosave keeps the design: the setup of a save gone bad, not a person's action. */
async function corruptAutosave(page: import('@playwright/test').Page, text: string) {
  // The e2e code is compiled without the DOM's types, so the page's code is a string.
  await page.evaluate(`localStorage.setItem('franz.design', ${JSON.stringify(text)})`);
}

// Each test reloads the app more than once on a machine that may be busy: generous limits.

test('a partly unreadable autosave opens repaired, says what was left out, and keeps the text', async ({
  app,
}) => {
  const broken = structuredClone(example);
  broken.name = 'Orders';
  // One node of a kind Franz does not have (IoT sensors), one setting out of range (payments' partitions).
  broken.nodes.find((n) => n.id === 'iot')!.kind = 'gadget';
  broken.nodes.find((n) => n.id === 't-payments')!.config.partitions = -2;
  const text = JSON.stringify(broken);
  const keeping = new KeepingPage(app.page);

  await app.open();
  await corruptAutosave(app.page, text);
  await app.reload();
  const notice = keeping.savedNotice();
  await expect(notice).toContainText(
    'Restored your saved design “Orders” without 1 part that could not be read: node “IoT sensors”',
  );
  await expect(notice).toContainText(
    'Put back to their defaults: node “payments”: partitions: must be >= 1.',
  );
  await app.page.screenshot({ path: 'test-results/keeping/saved-design-notice.png' });
  await expect(keeping.designName()).toHaveText('Orders');
  // 13 nodes less IoT sensors.
  await expect(app.canvas.nodes()).toHaveCount(12);
  await expect(app.canvas.node('Source', 'IoT sensors')).toHaveCount(0);

  const downloaded = await keeping.download(notice.getByRole('button', { name: 'Download saved text' }));
  expect(downloaded).toEqual({ name: 'orders.franz.json', text });

  // The first edit autosaves the repaired design; the text as it was stays in Recent designs.
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toBeHidden();
  // Pressing a palette item adds it in the middle of the view.
  await app.page.getByRole('button', { name: 'Topic', exact: true }).click();
  await expect(app.canvas.nodes()).toHaveCount(13);
  await app.reload();
  await expect(app.canvas.nodes()).toHaveCount(13);
  await expect(keeping.savedNotice()).toBeHidden();
  await keeping.openRecent();
  const kept = keeping.recentItem('Orders');
  await expect(kept).toContainText('partly unreadable: 1 part left out, 1 setting reset');
  expect(await keeping.download(kept.getByRole('button', { name: 'Download' }))).toEqual(downloaded);
});

test('an autosave that is not JSON is kept and offered for download; the example opens', async ({ app }) => {
  const keeping = new KeepingPage(app.page);
  await app.open();
  await corruptAutosave(app.page, '{"format":"franz.pipeline","nodes":[{"id":');
  await app.reload();
  await expect(keeping.savedNotice()).toContainText('Your saved design could not be read: it is not JSON');
  await expect(keeping.savedNotice()).toContainText('The example is open instead.');
  await expect(keeping.designName()).toHaveText(EXAMPLE);
  await expect(app.canvas.nodes()).toHaveCount(13);

  await keeping.savedNotice().getByRole('button', { name: 'Recent designs' }).click();
  const kept = keeping.recentItem('Unreadable design');
  await expect(kept).toContainText('unreadable: it is not JSON');
  await expect(kept.getByRole('button', { name: 'Restore' })).toBeDisabled();
  expect(await keeping.download(kept.getByRole('button', { name: 'Download' }))).toEqual({
    name: 'unreadable-design.txt',
    text: '{"format":"franz.pipeline","nodes":[{"id":',
  });
});

test('an autosave from a newer Franz is not repaired: it is kept, and the example opens', async ({ app }) => {
  const keeping = new KeepingPage(app.page);
  await app.open();
  await corruptAutosave(app.page, JSON.stringify({ ...example, name: 'From tomorrow', version: 2 }));
  await app.reload();
  await expect(keeping.savedNotice()).toContainText(
    'Your saved design “From tomorrow” is from a newer Franz (version 2; this one reads version 1), so it was not opened.',
  );
  await expect(keeping.designName()).toHaveText(EXAMPLE);
  await keeping.savedNotice().getByRole('button', { name: 'Recent designs' }).click();
  await expect(keeping.recentItem('From tomorrow')).toContainText('from a newer Franz (version 2)');
});
