import { expect, test } from './fixtures';

// Lesson L12, as a learner plays it: Archive's consumers set to 0 in its inspector while App goes on, retention
// deleting whole segments past its committed offsets, then one consumer back and the records lost counted.
test('L12 retention is per segment: a group stopped past the log start loses the deleted records', async ({
  app,
  page,
}) => {
  await app.lesson.openLink('L12', 'Retention is per segment');
  await app.canvas.node('Sink', 'Archive').click();
  await app.lesson.passStep();

  await app.inspector.set('Consumers', '0');
  await app.lesson.passStep();

  await app.inspector.set('Consumers', '1');
  await app.lesson.waitForCheck();
  await expect(app.inspector.memberCount()).toContainText('1');
  await expect(page.getByText(/^Lost to retention [\d,]+ records/)).toBeVisible();
  await app.lesson.next();

  await app.lesson.answerQuiz('About 1 hour 20 minutes (plus one retention check)');
  await expect(app.lesson.card.getByText(/^Right\./)).toBeVisible();
});
