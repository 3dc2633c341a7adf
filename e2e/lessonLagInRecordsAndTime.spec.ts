import { expect, test } from './fixtures';

// Lesson L6, as a learner plays it: from its link, Reports watched until it is 30,000 records behind, two consumers
// added in its inspector, the drain ETA read there, the lag gone when the ETA said, the quiz.
test('L6 lag in records and in time: +200 records/s, then drained in backlog / 600 s', async ({ app }) => {
  await app.lesson.openLink('L6', 'Lag in records and in time');
  const reports = app.canvas.node('Sink', 'Reports');
  await reports.click();
  await app.lesson.passStep();

  await app.inspector.button('Add consumer').click();
  await app.inspector.button('Add consumer').click();
  await app.lesson.waitForCheck();
  // The inspector says when the lag will be gone, while it drains.
  const drains = app.inspector.root
    .locator('dt', { hasText: 'Drains in' })
    .locator('xpath=following-sibling::dd[1]');
  await expect(drains).not.toHaveText('—');
  await app.lesson.next();

  await app.lesson.passStep();
  await app.lesson.answerQuiz('30 s');
  await expect(app.lesson.card.getByText(/^Right\./)).toBeVisible();
});
