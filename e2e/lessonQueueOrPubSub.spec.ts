import { expect, test } from './fixtures';

// Lesson L5, as a learner plays it: from the list, two new groups connected to clicks, one starting at latest and
// one at earliest, each check held by the app, the partition's lane still starting at offset 0, the quiz.
test('L5 queue or publish-subscribe: latest reads none of the history, earliest all of it', async ({
  app,
}) => {
  await app.open();
  await app.lesson.startFromList('L5', 'Queue or publish-subscribe; where a group starts');
  await app.lesson.passStep();

  const clicks = app.canvas.node('Topic', 'clicks');
  await app.canvas.connect(clicks, app.canvas.node('Sink', 'Audit'));
  await app.lesson.passStep();
  await app.canvas.connect(clicks, app.canvas.node('Sink', 'Backfill'));
  await app.lesson.waitForCheck();
  // Three groups have committed on each partition, and nothing was consumed away: the log still starts at 0.
  const lane = clicks.locator('.lane').first();
  for (const said of [/log start 0;/, /reports committed/, /audit committed/, /backfill committed/])
    await expect(lane).toHaveAttribute('title', said);
  await app.lesson.next();

  await app.lesson.answerQuiz('None of them');
  await expect(app.lesson.card.getByText(/^Right\./)).toBeVisible();
});
