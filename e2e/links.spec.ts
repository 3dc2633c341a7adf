import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { AppPage } from './pages/appPage';
import { designFile, KeepingPage } from './pages/keepingPage';

const example = JSON.parse(readFileSync('examples/article-pipeline.json', 'utf8')) as {
  nodes: { id: string }[];
  edges: { from: string }[];
};
/** The design a colleague shares: the example under another name and without its CRM source. */
const theirs = {
  ...example,
  name: 'From a colleague',
  nodes: example.nodes.filter((n) => n.id !== 'crm'),
  edges: example.edges.filter((e) => e.from !== 'crm'),
};
const link = KeepingPage.linkFor(theirs);
/** My design: the example under my name, imported and autosaved (the reload shows it was kept). */
const MINE = 'My pipeline';

// Each test opens the app more than once on a machine that may be busy: generous limits.

async function myDesign(app: AppPage) {
  await app.open();
  const keeping = new KeepingPage(app.page);
  await keeping.importFile(designFile({ ...example, name: MINE }));
  await expect(keeping.designName()).toHaveText(MINE);
  await app.reload();
  await expect(keeping.designName()).toHaveText(MINE);
}

/** A new tab of the same browser (the same storage), after the first is closed (its autosave is written). */
async function newTab(app: AppPage): Promise<AppPage> {
  const context = app.page.context();
  await app.page.close();
  return new AppPage(await context.newPage());
}

test('a link opened over my saved design asks first; Keep mine (Escape) leaves my design and drops the link', async ({
  app,
}) => {
  await myDesign(app);
  // Later, the person opens the colleague's link in a new tab of the same browser.
  const tab = await newTab(app);
  const keeping = new KeepingPage(tab.page);
  await tab.open(link);
  const question = keeping.linkQuestion();
  await expect(question).toBeVisible();
  await expect(question).toHaveAccessibleName('Open the shared design “From a colleague”?');
  await expect(question).toContainText(`Your current design “${MINE}” will be kept in Recent designs.`);
  await expect(question.getByRole('button', { name: 'Open shared' })).toBeFocused();
  await question.screenshot({ path: 'test-results/keeping/link-question.png' });
  await tab.page.screenshot({ path: 'test-results/keeping/link-question-page.png' });

  await tab.page.keyboard.press('Escape');
  await expect(question).toBeHidden();
  await expect(
    keeping.notice(
      `The shared design “From a colleague” was not opened. Your design “${MINE}” is as it was.`,
    ),
  ).toBeVisible();
  expect(tab.page.url()).not.toContain('#design=');
  await tab.reload();
  await expect(tab.canvas.nodes()).toHaveCount(13);
  await expect(keeping.linkQuestion()).toBeHidden();
});

test('Open shared opens the link’s design; Recent designs lists mine, and Restore brings it back', async ({
  app,
}) => {
  await myDesign(app);
  const tab = await newTab(app);
  const keeping = new KeepingPage(tab.page);
  await tab.open(link);
  await keeping.linkQuestion().getByRole('button', { name: 'Open shared' }).click();
  await expect(keeping.designName()).toHaveText('From a colleague');
  // 13 example nodes less the CRM source.
  await expect(tab.canvas.nodes()).toHaveCount(12);
  expect(tab.page.url()).not.toContain('#design=');

  await keeping.openRecent();
  const mine = keeping.recentItem(MINE);
  await expect(mine).toContainText('replaced by a shared link');
  await keeping.recent().screenshot({ path: 'test-results/keeping/recent-designs.png' });
  await mine.getByRole('button', { name: 'Restore' }).click();
  await expect(keeping.recent()).toBeHidden();
  await expect(tab.canvas.nodes()).toHaveCount(13);
  await expect(keeping.designName()).toHaveText(MINE);

  // Restoring kept the shared design in its turn: nothing is lost either way.
  await keeping.openRecent();
  await expect(keeping.recentItem('From a colleague')).toContainText('replaced by a restored design');
  await tab.page.keyboard.press('Escape');
  await expect(keeping.recent()).toBeHidden();
  await tab.reload();
  await expect(tab.canvas.nodes()).toHaveCount(13);
});

test('a link pasted into the address of an open tab asks, as a fresh one does', async ({ app }) => {
  await myDesign(app);
  const keeping = new KeepingPage(app.page);
  // Only the fragment changes: the browser does not reload, the page hears a hashchange.
  await app.page.goto(`/${link}`);
  await expect(keeping.linkQuestion()).toBeVisible();
  await expect.poll(() => app.page.url()).not.toContain('#design=');
  await keeping.linkQuestion().getByRole('button', { name: 'Open shared' }).click();
  await expect(keeping.designName()).toHaveText('From a colleague');
  await expect(app.canvas.nodes()).toHaveCount(12);
  await app.reload();
  await expect(keeping.designName()).toHaveText('From a colleague');
});
