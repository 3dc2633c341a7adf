import { expect, test } from './fixtures';

// Lesson L2, as a learner plays it: from its link, Shipping read for a while, one of its consumers slowed in the
// inspector, the one partition's lag grown alone while the node still says 0 out of order, the quiz.
test('L2 partitions and ordering: one partition falls behind, no key is out of order', async ({
  app,
  page,
}) => {
  await app.lesson.openLink('L2', 'Partitions and ordering');
  await app.lesson.passStep();

  const shipping = app.canvas.node('Sink', 'Shipping');
  await shipping.click();
  await app.inspector.root
    .getByRole('button', { name: /^Slow / })
    .first()
    .click();
  await app.lesson.waitForCheck();
  await expect(app.canvas.figure(shipping, 'out of order')).toHaveText('0');
  expect(await app.canvas.lag(shipping)).toBeGreaterThanOrEqual(1000);
  await app.lesson.next();

  await app.lesson.answerQuiz('Either: only records of one partition are read in order');
  await expect(app.lesson.card.getByText(/^Right\./)).toBeVisible();
  await expect(page).toHaveURL(/#lesson=L2$/);
});
