import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { AppPage } from './appPage';
import { KeepingPage } from './keepingPage';

/**
 * What to do on each screen: for example run axe-core on it. `screen` names it for a failure's message; `part`,
 * when given, is a CSS selector of the only part that changed since the whole page was checked (another node in
 * the inspector, a menu opened), so the check may look at that part alone.
 */
export type ScreenCheck = (screen: string, part?: string) => Promise<void>;

/** A design pasted as a share link, to bring up the question a link asks over the person's own design. */
const SHARED_LINK = KeepingPage.linkFor({
  ...(JSON.parse(readFileSync('examples/article-pipeline.json', 'utf8')) as object),
  name: 'From a colleague',
});

// The parts that change from one screen to the next; the rest of the page was checked whole on the first screen
// (and on the last, a lesson's own design). A modal dialog makes the page behind it inert: only the dialog is in reach.
const INSPECTOR = '[aria-label="Inspector"]';
const DIALOG = 'dialog[open]';
/** Where the views switch: the palette, inspector, top bar and dock around it stay as they were. */
const STAGE = '.workspace__stage';

/**
 * Visits every screen of Franz on one page load, in an order that needs no reload, and runs `check` on each:
 * the canvas with a source, a topic and a sink selected (the events panel below it), the Export for Kafka menu,
 * the record inspector, Recent designs, a shared link's question, the Without Kafka, Cluster, Capacity, Sweep
 * and Compare views, the list of lessons and a lesson's card. The page must show the article's pipeline.
 */
export async function visitEveryScreen(page: Page, check: ScreenCheck): Promise<void> {
  const app = new AppPage(page);
  const view = (name: string) =>
    page.getByRole('group', { name: 'View' }).getByRole('button', { name, exact: true }).click();

  // Some events have happened (members joined, groups rebalanced), so the events panel has its list.
  await expect(
    page.getByRole('region', { name: 'Recent events' }).getByRole('listitem').first(),
  ).toBeVisible();
  await app.canvas.node('Source', 'Web app').click();
  await expect(app.inspector.root.getByRole('heading', { name: 'Source: Web app' })).toBeVisible();
  await check('Design view, a source selected, events panel');
  // Paused from here on: the screens stay as they are while axe-core reads them, and the page has time for it.
  await app.pause();
  await app.canvas.node('Topic', 'payments').click();
  await expect(app.inspector.root.getByRole('heading', { name: 'Topic: payments' })).toBeVisible();
  await check('Design view, a topic selected', INSPECTOR);
  await app.canvas.node('Sink', 'Database').click();
  await expect(app.inspector.root.getByRole('heading', { name: 'Sink: Database' })).toBeVisible();
  await check('Design view, a sink group selected', INSPECTOR);

  await app.toolbar.exportForKafka().click();
  await expect(app.toolbar.exportForKafka('Topics')).toBeVisible();
  await check('Export for Kafka menu', '.document-menu');
  await app.toolbar.exportForKafka().click();

  await app.canvas.node('Topic', 'payments').getByRole('button', { name: 'Records of payments-0' }).click();
  const records = page.getByRole('dialog', { name: 'Records of payments-0' });
  await expect(records.getByRole('table', { name: /^Records / })).toBeVisible();
  await check('Record inspector', DIALOG);
  await page.keyboard.press('Escape');
  await expect(records).toBeHidden();

  const keeping = new KeepingPage(page);
  await keeping.openRecent();
  await check('Recent designs', DIALOG);
  await page.keyboard.press('Escape');
  await expect(keeping.recent()).toBeHidden();

  await page.goto(`/${SHARED_LINK}`);
  await expect(keeping.linkQuestion()).toBeVisible();
  await check('A shared link asks first', DIALOG);
  await page.keyboard.press('Escape');
  await expect(keeping.linkQuestion()).toBeHidden();

  await view('Without Kafka');
  await expect(page.getByRole('region', { name: 'Without Kafka' })).toBeVisible();
  await check('Without Kafka view', STAGE);

  await app.cluster.open();
  await expect(app.cluster.broker(1)).toBeVisible();
  await check('Cluster view', STAGE);

  await app.capacity.open();
  await expect(app.capacity.verdict()).toBeVisible();
  await check('Capacity view', STAGE);

  await app.whatIf.openSweep();
  await check('Sweep view', STAGE);
  await app.whatIf.openCompare();
  await check('Compare view', STAGE);
  await view('With Kafka');

  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Lessons' })).toBeVisible();
  await check('Lessons list', DIALOG);
  await page.getByRole('button', { name: /^Start L1 / }).click();
  await expect(app.lesson.card).toBeVisible();
  await check('A lesson open');
}
