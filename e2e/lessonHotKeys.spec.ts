import { expect, test } from './fixtures';

// Lesson L7, as a learner plays it: opened by its link, the hot partition seen, partitions and consumers doubled in
// the inspector, and the hot key seen on a single partition again, with the Shipping node's lag still growing.
test('L7 hot keys: doubling partitions and consumers leaves the hot key on one partition', async ({
  app,
}) => {
  await app.lesson.openLink('L7', 'Hot keys');
  await app.lesson.waitForCheck();
  expect(await app.canvas.lag(app.canvas.node('Sink', 'Shipping'))).toBeGreaterThan(1000);
  await app.lesson.next();

  await app.canvas.node('Topic', 'orders').click();
  await app.inspector.set('Partitions', '16');
  await app.canvas.node('Sink', 'Shipping').click();
  await app.inspector.set('Consumers', '16');
  await app.lesson.waitForCheck();
  await expect(app.inspector.memberCount()).toContainText('16');
  expect(await app.canvas.lag(app.canvas.node('Sink', 'Shipping'))).toBeGreaterThan(1000);
  await app.lesson.next();

  await app.lesson.answerQuiz('All its records still go to one partition');
  await expect(app.lesson.card.getByText(/^Right\./)).toBeVisible();
});
