import { expect, test } from './fixtures';

// Kafka never shrinks a topic (ReplicationControlManager.createPartitions answers INVALID_PARTITIONS),
// and changes a replication factor only by partition reassignment: the running cluster keeps what it
// has, and the page says so where the change was made.

test('an undone partition increase keeps 5 partitions running, says why, and Reset starts with 3', async ({
  app,
}) => {
  await app.open();
  const payments = app.canvas.node('Topic', 'payments');
  await payments.click();
  await app.inspector.set('Partitions', '5');
  await expect(payments.locator('.lane')).toHaveCount(5);

  await app.toolbar.button('Undo').click();
  const why =
    'partitions cannot be reduced (Kafka never shrinks a topic): the running topic keeps 5; Reset to start with 3';
  await expect(app.page.getByRole('status').filter({ hasText: 'Topic payments:' })).toContainText(
    `Topic payments: ${why}`,
  );
  // The inspector and the canvas show what runs, and what Reset will start with.
  await expect(app.inspector.field('Partitions')).toHaveValue('5');
  await expect(app.inspector.root).toContainText('5 running · 3 on Reset');
  await expect(app.inspector.root).toContainText(why.charAt(0).toUpperCase() + why.slice(1));
  await expect(payments.locator('.lane')).toHaveCount(5);
  await expect(payments).toContainText('3 partitions on Reset');
  await app.cluster.open();
  await expect(app.cluster.row('payments-4')).toBeVisible();

  await app.page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'With Kafka' }).click();
  await app.toolbar.button('Reset').click();
  await expect(payments.locator('.lane')).toHaveCount(3);
  await expect(payments).not.toContainText('on Reset');
  await expect(app.inspector.field('Partitions')).toHaveValue('3');
  await expect(app.inspector.root).not.toContainText('running ·');
});

test('a new replication factor for a running topic is refused where it was typed, and applies on Reset', async ({
  app,
}) => {
  await app.open();
  const payments = app.canvas.node('Topic', 'payments');
  await payments.click();
  await app.inspector.set('Replication factor', '2');
  await expect(app.inspector.root).toContainText('3 running · 2 on Reset');
  await expect(app.inspector.root).toContainText(
    'The replication factor of a running topic cannot change (Kafka changes it by partition reassignment): the running topic keeps 3; Reset to start with 2',
  );
  await expect(app.inspector.field('Replication factor')).toHaveValue('3');
  await expect(payments).toContainText('RF 2 on Reset');
  await app.cluster.open();
  expect(await app.cluster.brokerIds(app.cluster.replicas('payments-0'))).toHaveLength(3);

  await app.toolbar.button('Reset').click();
  await expect
    .poll(async () => (await app.cluster.brokerIds(app.cluster.replicas('payments-0'))).length)
    .toBe(2);
  await expect(app.inspector.field('Replication factor')).toHaveValue('2');
  await expect(app.inspector.root).not.toContainText('running ·');
});
