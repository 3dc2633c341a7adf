import { expect, test } from './fixtures';

// Lesson L8, as a learner plays it: a 5th consumer added in the inspectors of the eager, the cooperative-sticky and
// the KIP-848 groups, each group's generation (or group epoch) read there, then a static member restarted with its
// Restart button and the generation unchanged.
test('L8 rebalance protocols: eager +1, cooperative-sticky +2, KIP-848 epoch +1, a static restart +0', async ({
  app,
}) => {
  await app.lesson.openLink('L8', 'Rebalancing: eager, cooperative, static, KIP-848');
  const counter = (term: 'Generation' | 'Group epoch') =>
    app.inspector.root
      .getByRole('term')
      .filter({ hasText: new RegExp(`^${term}$`) })
      .locator('xpath=following-sibling::dd[1]');
  await app.lesson.passStep();

  await app.canvas.node('Sink', 'Eager').click();
  await app.inspector.button('Add consumer').click();
  await app.canvas.node('Sink', 'Cooperative').click();
  await app.inspector.button('Add consumer').click();
  await app.lesson.waitForCheck();
  await expect(counter('Generation')).toHaveText('3');
  await app.canvas.node('Sink', 'Eager').click();
  await expect(counter('Generation')).toHaveText('2');
  await app.lesson.next();

  await app.canvas.node('Sink', 'KIP-848').click();
  await app.inspector.button('Add consumer').click();
  await app.lesson.waitForCheck();
  await expect(counter('Group epoch')).toHaveText('5');
  await app.lesson.next();

  await app.canvas.node('Sink', 'Static').click();
  await app.inspector
    .member('static-consumer-2')
    .getByRole('button', { name: 'Restart static-consumer-2' })
    .click();
  await app.lesson.waitForCheck();
  await expect(counter('Generation')).toHaveText('1');
  await app.lesson.next();
  await app.lesson.answerQuiz('Only the partitions that move are revoked, over two rebalances');
  await expect(app.lesson.card.getByText(/^Right\./)).toBeVisible();
});
