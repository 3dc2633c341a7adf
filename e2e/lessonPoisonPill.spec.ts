import { expect, test } from './fixtures';

// Lesson L14, as a learner plays it: from its link, Billing selected while the poison record stops orders-2 (the
// inspector says where), its dead-letter topic set to orders-dlq in its inspector, the partition drained, the quiz.
test('L14 a poison pill blocks its partition: orders-2 stops, then a dead-letter topic takes the record', async ({
  app,
}) => {
  await app.lesson.openLink('L14', 'A poison pill blocks its partition');
  await app.canvas.node('Sink', 'Billing').click();
  await app.lesson.waitForCheck();
  // The inspector says where Billing is stopped, and why.
  await expect(
    app.inspector.root.getByText(/orders-2 stopped at offset [\d,]+: RecordDeserializationException/),
  ).toBeVisible();
  await expect(app.inspector.root.getByText('Poison records 1 · dead-lettered 0')).toBeVisible();
  await app.lesson.next();

  await app.inspector.set('Dead-letter topic', 'orders-dlq');
  await app.lesson.waitForCheck();
  await expect(app.inspector.root.getByText('Poison records 1 · dead-lettered 1')).toBeVisible();
  await expect(app.inspector.root.getByText(/orders-2 stopped at offset/)).toHaveCount(0);
  await app.lesson.next();

  await app.lesson.answerQuiz('Partition 2 stops at it and its lag grows; the other partitions go on');
  await expect(app.lesson.card.getByText(/^Right\./)).toBeVisible();
});
