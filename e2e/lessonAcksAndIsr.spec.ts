import { expect, test } from './fixtures';

// Lesson L11, as a learner plays it: brokers killed from the Cluster view until acks=all writes are refused, acks
// lowered to 1 in the source's inspector, then an unclean election that loses what only the dead leader had.
test('L11 acks, the ISR and unclean elections: acknowledged records lost only when durability is given away', async ({
  app,
  page,
}) => {
  await app.lesson.openLink('L11', 'acks, the ISR and unclean elections');
  await app.cluster.open();
  await app.cluster.kill(3);
  await app.lesson.waitForCheck();
  await expect(app.cluster.isr('payments-0')).toHaveText('1, 2');
  await app.lesson.next();

  await app.cluster.kill(2);
  await app.lesson.passStep();

  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'With Kafka' }).click();
  const api = app.canvas.node('Source', 'Payments API');
  await api.click();
  await app.inspector.field('Acks').selectOption({ label: '1 (leader)' });
  await app.lesson.passStep();

  await app.canvas.node('Topic', 'payments').click();
  await app.inspector.field('Unclean leader election').check();
  await app.cluster.open();
  await app.cluster.kill(1);
  await app.cluster.restart(2);
  await app.lesson.waitForCheck();
  await expect(app.cluster.leader('payments-0')).toHaveText('2');
  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'With Kafka' }).click();
  await expect(app.canvas.figure(api, 'lost')).not.toHaveText('0');
  await app.lesson.next();

  await app.lesson.answerQuiz('They are acknowledged with the leader as the only copy');
  await expect(app.lesson.card.getByText(/^Right\./)).toBeVisible();
});
