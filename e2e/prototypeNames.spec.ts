import { expect, test } from './fixtures';
import type { AppPage } from './pages/appPage';
import { DesignFilePage } from './pages/designFilePage';
import { SIMULATED_TIME } from './patience';

// Legal Kafka names (Topic.validate: [a-zA-Z0-9._-]+) that JavaScript objects also have.
const TOPICS = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty'];
const topicId = (name: string) => (name === 'constructor' ? 't-constructor' : name);

/** A source named "constructor" writes to five such topics of 3 partitions; group "__proto__" reads them all. */
const DESIGN = {
  format: 'franz.pipeline',
  version: 1,
  name: 'Names JavaScript also uses',
  cluster: { brokers: [{ id: 1 }, { id: 2 }, { id: 3 }] },
  nodes: [
    {
      id: 'constructor',
      kind: 'source',
      name: 'constructor',
      position: { x: 0, y: 240 },
      config: { rate: 200, recordSize: { type: 'fixed', bytes: 100 }, keys: { type: 'uniform', count: 100 } },
    },
    ...TOPICS.map((name, i) => ({
      id: topicId(name),
      kind: 'topic',
      name,
      position: { x: 320, y: i * 140 },
      config: { partitions: 3 },
    })),
    {
      id: '__proto__-sink',
      kind: 'sink',
      name: '__proto__',
      position: { x: 680, y: 240 },
      config: { consumers: 2, groupId: '__proto__', processingRate: 2000, autoOffsetReset: 'earliest' },
    },
  ],
  edges: [
    ...TOPICS.map((name) => ({ from: 'constructor', to: topicId(name) })),
    ...TOPICS.map((name) => ({ from: topicId(name), to: '__proto__-sink' })),
  ],
};

/** What the person sees of the design: every node, each topic's three lanes owned by the group, the clock running. */
async function expectDesignRunning(app: AppPage): Promise<void> {
  await expect(app.canvas.nodes()).toHaveCount(7);
  await expect(app.canvas.node('Source', 'constructor')).toBeVisible();
  for (const name of TOPICS) {
    const topic = app.canvas.node('Topic', name);
    await expect(topic.locator('.lane')).toHaveCount(3);
    // RangeAssignor: consumer-1 owns partitions 0 and 1 of every topic, consumer-2 partition 2 (lane tooltips).
    await expect(topic.locator('.lane').nth(0)).toHaveAttribute(
      'title',
      /owned by __proto__-consumer-1/,
      SIMULATED_TIME,
    );
    await expect(topic.locator('.lane').nth(2)).toHaveAttribute('title', /owned by __proto__-consumer-2/);
  }
  const sink = app.canvas.node('Sink', '__proto__');
  await expect(sink).toContainText('Stable');
  // The member chips list partitions by topic name, six at most: "__proto__" sorts first.
  await expect(sink).toContainText('__proto__-0, __proto__-1, constructor-0, constructor-1');
  await expect(sink).toContainText('__proto__-2, constructor-2, hasOwnProperty-2, toString-2, valueOf-2');
  const before = await app.toolbar.seconds();
  await app.waitForClock(before + 2);
}

test('a design whose topics, group and source are named like JavaScript properties runs, and again after a reload', async ({
  app,
}) => {
  const errors: string[] = [];
  app.page.on('pageerror', (error) => errors.push(error.message));
  await app.open();
  await new DesignFilePage(app.page, app.toolbar).import(DESIGN, 'prototype-names');
  await expectDesignRunning(app);

  // The inspector words the group's members with the same names.
  await app.canvas.node('Sink', '__proto__').click();
  await expect(app.inspector.member('__proto__-consumer-2')).toContainText(
    '__proto__ 2 · constructor 2 · hasOwnProperty 2 · toString 2 · valueOf 2',
  );

  // The design was saved as it runs: a reload opens it again, not a blank page.
  await app.reload();
  await expectDesignRunning(app);
  await expect(app.page.getByRole('alert')).toHaveCount(0);
  expect(errors).toEqual([]);
});
