import { expect, test } from './fixtures';

// Lesson L10, as a learner plays it: the member holding the partition crashed from Billing's inspector under each
// way of committing, the Commit select changed in between, and the spare taking over each time.
test('L10 commits decide loss or duplicates: before processing loses, auto and after processing repeat', async ({
  app,
}) => {
  await app.lesson.openLink('L10', 'Commits decide loss or duplicates');
  await app.canvas.node('Sink', 'Billing').click();
  await app.lesson.passStep();

  await app.inspector.button('Crash billing-consumer-1').click();
  await app.lesson.passStep();
  await expect(app.inspector.memberCount()).toContainText('3');

  await app.inspector.field('Commit').selectOption({ label: 'before processing' });
  await app.lesson.passStep();
  await app.inspector.button('Crash billing-consumer-2').click();
  await app.lesson.passStep();

  await app.inspector.field('Commit').selectOption({ label: 'after processing' });
  await app.lesson.passStep();
  await app.inspector.button('Crash billing-consumer-3').click();
  await app.lesson.waitForCheck();
  await expect(app.inspector.memberCount()).toContainText('1');
  await expect(app.inspector.member('billing-consumer-4')).toContainText('orders');
  await app.lesson.next();

  await app.lesson.answerQuiz('It is never processed');
  await expect(app.lesson.card.getByText(/^Right\./)).toBeVisible();
});
