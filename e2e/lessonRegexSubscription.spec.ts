import { expect, test } from './fixtures';

// The regex lesson, as a learner plays it: from its link, a topic named orders-eu added from the palette and fed
// by EU shop, Fulfilment (subscribed to orders-.*) picking it up by itself at its metadata refresh, the quiz.
test('regex subscription: a new topic matching orders-.* is read after the metadata refresh', async ({
  app,
}) => {
  await app.lesson.openLink('regex', 'A regex subscription');
  await app.lesson.passStep();

  await app.canvas.addFromPalette('Topic');
  await app.inspector.set('Name', 'orders-eu');
  await app.canvas.connect(app.canvas.node('Source', 'EU shop'), app.canvas.node('Topic', 'orders-eu'));
  await app.lesson.waitForCheck();
  // Fulfilment's member holds the new topic's partition, with no edge drawn to it.
  await app.canvas.node('Sink', 'Fulfilment').click();
  await expect(app.inspector.root).toContainText('orders-eu');
  await app.lesson.next();

  await app.lesson.answerQuiz('At its next metadata refresh');
  await expect(app.lesson.card.getByText(/^Right\./)).toBeVisible();
});
