import { expect, test } from './fixtures';

// Lesson L13, as a learner plays it: the records of the compacted partition show the gaps the cleaner left, a
// guest's deletes set in its inspector (Tombstones 1), then the guest paused until its last tombstone is gone.
test('L13 compaction: one record per key in cleaned segments, offset gaps, a tombstone gone after delete.retention.ms', async ({
  app,
  page,
}) => {
  await app.lesson.openLink('L13', 'Compaction');
  await app.canvas.node('Topic', 'profiles').getByRole('button', { name: 'Records of profiles-0' }).click();
  const dialog = page.getByRole('dialog', { name: 'Records of profiles-0' });
  await app.lesson.waitForCheck();
  // What the learner reads in the records: offsets removed by compaction, never renumbered.
  await expect(dialog).toContainText(/offsets here removed by compaction \(gaps, never renumbered\)/);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await app.lesson.next();

  const guest = app.canvas.node('Source', 'Guest checkout');
  await guest.click();
  await app.inspector.field('Tombstones').fill('1');
  await app.lesson.passStep();

  await guest.click();
  await app.inspector.button('Pause source').click();
  await expect(guest.getByText('paused', { exact: true })).toBeVisible();
  await app.lesson.waitForCheck();
  // The records hold no tombstone any more: the last one went at the first pass after its delete horizon.
  await app.canvas.node('Topic', 'profiles').getByRole('button', { name: 'Records of profiles-0' }).click();
  await expect(dialog).toContainText('removed by compaction');
  await expect(dialog).not.toContainText('null (tombstone)');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await app.lesson.next();

  await app.lesson.answerQuiz('All five: they are in the active segment, which the cleaner never compacts');
  await expect(app.lesson.card.getByText(/^Right\./)).toBeVisible();
});
