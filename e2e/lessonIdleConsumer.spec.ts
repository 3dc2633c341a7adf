import { expect, test } from './fixtures';

// Lesson L4, as a learner plays it: from the list, consumers added one at a time in the inspector, each step's check
// held by the app, the quiz answered, and the learner's own design back after leaving.
test('L4 the idle consumer: the fourth consumer gets no partition and adds no throughput', async ({
  app,
  page,
}) => {
  await app.open();
  await app.lesson.startFromList('L4', 'The idle consumer');
  await expect(page).toHaveURL(/#lesson=L4$/);
  await app.lesson.passStep();
  await app.canvas.node('Sink', 'Billing').click();
  for (let consumers = 3; consumers <= 4; consumers++) {
    await app.inspector.button('Add consumer').click();
    await app.lesson.passStep();
  }
  await app.lesson.answerQuiz('6');
  await expect(app.lesson.card.getByText(/^Right\./)).toBeVisible();
  // Billing's inspector lists the idle member: a fourth consumer with no partitions.
  await expect(app.inspector.memberCount()).toContainText('4');

  await app.lesson.leave();
  await expect(page).not.toHaveURL(/#lesson=/);
  await expect(app.canvas.node('Topic', 'user-events')).toBeVisible();
  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'The idle consumer' })).toContainText('Finished');
});

test('a link to a lesson that does not exist is refused in plain words, and the design stays', async ({
  app,
  page,
}) => {
  await app.open('#lesson=L99');
  await expect(app.alert()).toContainText('lesson "L99", which does not exist');
  await expect(app.canvas.node('Topic', 'user-events')).toBeVisible();
  await expect(page).not.toHaveURL(/#lesson=/);
});
