import { expect, test } from './fixtures';

// Lesson L3, as a learner plays it: from its link, a key traced in the topic's inspector, the topic grown from 6 to
// 8 partitions there, the key's new partition read in the tracer, the app's check on the moved keys, the quiz.
test('L3 growing partitions remaps keys: customer-1 moves from partition 3 to 1', async ({ app }) => {
  await app.lesson.openLink('L3', 'Growing partitions remaps keys');
  await app.lesson.passStep();

  await app.canvas.node('Topic', 'orders').click();
  await app.inspector.field('Key').fill('customer-1');
  await expect(app.inspector.root.getByText('Partition 3 of orders', { exact: false })).toBeVisible();
  await app.inspector.set('Partitions', '8');
  await expect(app.inspector.root.getByText('Partition 1 of orders', { exact: false })).toBeVisible();
  await app.lesson.waitForCheck();
  await expect(app.lesson.card).toContainText('84 of the 100 keys (84%)');
  await app.lesson.next();

  await app.lesson.answerQuiz('About 25%');
  await expect(app.lesson.card.getByText(/^Right\./)).toBeVisible();
});
