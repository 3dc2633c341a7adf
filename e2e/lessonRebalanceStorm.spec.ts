import { expect, test } from './fixtures';

// Lesson L9, as a learner plays it: the slow group watched in its inspector while its generation climbs, then max.poll.records
// lowered there, and the generation holding still.
test('L9 the rebalance storm: polls longer than max.poll.interval.ms rebalance the group until they are smaller', async ({
  app,
}) => {
  await app.lesson.openLink('L9', 'Slow processing and the rebalance storm');
  await app.canvas.node('Sink', 'Thumbnailer').click();
  const generation = app.inspector.root
    .getByRole('term')
    .filter({ hasText: /^Generation$/ })
    .locator('xpath=following-sibling::dd[1]');
  await app.lesson.waitForCheck();
  expect(Number(await generation.textContent())).toBeGreaterThanOrEqual(4);
  await app.lesson.next();

  await app.inspector.root
    .locator('summary')
    .filter({ hasText: /^Polling$/ })
    .click();
  await app.inspector.set('Max poll records', '100');
  await app.lesson.waitForCheck();
  const settledAt = Number(await generation.textContent());
  await app.lesson.next();
  await app.lesson.answerQuiz(
    'It leaves the group after max.poll.interval.ms (5 minutes) and the group rebalances',
  );
  await expect(app.lesson.card.getByText(/^Right\./)).toBeVisible();
  await expect(generation).toHaveText(String(settledAt));
});
