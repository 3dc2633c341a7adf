import { expect, test } from './fixtures';

// Lesson L15, as a learner plays it: each broker's network and disk read in the Cluster view, a second consumer group
// dragged from the palette and connected, and network out grown by a third of the produced bytes on every broker.
test('L15 where the bytes go: a second group adds network out on every broker, not disk', async ({
  app,
  page,
}) => {
  await app.lesson.openLink('L15', 'Where the bytes go');
  await app.cluster.open();
  const figures = app.cluster.broker(1).locator('.usage__figure');
  await app.lesson.waitForCheck();
  await expect(figures.nth(0)).toHaveText(/^60(\.\d+)? \//);
  await expect(figures.nth(1)).toHaveText(/^60(\.\d+)? \//);
  await app.lesson.next();

  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'With Kafka' }).click();
  await app.canvas.addFromPalette('Sink');
  await app.canvas.connect(app.canvas.node('Topic', 'clicks'), app.canvas.node('Sink', 'Sink 1'));
  await app.lesson.waitForCheck();
  await app.cluster.open();
  await expect(figures.nth(1)).toHaveText(/^80(\.\d+)? \//);
  await expect(figures.nth(2)).toHaveText(/^60(\.\d+)? \//);
  await app.lesson.next();

  await app.lesson.answerQuiz('60 MB/s');
  await expect(app.lesson.card.getByText(/^Right\./)).toBeVisible();
});
