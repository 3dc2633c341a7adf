import { expect, test } from './fixtures';

// Lesson L1, as a learner plays it: from its link, the topic connected to the fourth service, the Without Kafka
// view's counts read, a sixth source dragged from the palette and connected, the counts read again, the quiz.
test('L1 a log instead of wires: 5 × 4 = 20 integrations against 9 connections, then 24 against 10', async ({
  app,
  page,
}) => {
  await app.lesson.openLink('L1', 'A log instead of wires');
  const view = page.getByRole('region', { name: 'Without Kafka' });
  const openView = () => page.getByRole('button', { name: 'Without Kafka' }).click();
  const backToCanvas = () => page.getByRole('button', { name: 'With Kafka' }).click();

  await app.canvas.connect(app.canvas.node('Topic', 'events'), app.canvas.node('Sink', 'Audit'));
  await app.lesson.waitForCheck();
  await openView();
  await expect(view.getByText('5 × 4 = 20 integrations')).toBeVisible();
  await expect(view.getByText('5 + 4 = 9 connections')).toBeVisible();
  await app.lesson.next();

  await backToCanvas();
  await app.canvas.dropFromPalette('Source', { x: 60, y: 60 });
  await app.canvas.connect(app.canvas.node('Source', 'Source 1'), app.canvas.node('Topic', 'events'));
  await app.lesson.waitForCheck();
  await openView();
  await expect(view.getByText('6 × 4 = 24 integrations')).toBeVisible();
  await expect(view.getByText('6 + 4 = 10 connections')).toBeVisible();
  await app.lesson.next();

  await app.lesson.answerQuiz('20');
  await expect(app.lesson.card.getByText(/^Right\./)).toBeVisible();
});
