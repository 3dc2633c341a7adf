import { expect, test } from './fixtures';

test.use({ viewport: { width: 1280, height: 800 } });

test('Run example runs the real simulation: the sinks settle into Stable groups with lag', async ({
  app,
}) => {
  await app.open();
  await expect(app.page).toHaveTitle('Franz');
  await app.runExample();

  const database = app.sinkRow('Database');
  await expect(database).toContainText('Stable');
  await expect(database).toContainText(/lag [\d,]+/);
  await app.waitForClockPast(5);

  await expect(app.sinks.getByRole('row')).toHaveCount(5);
  for (const sink of ['Analytics', 'Email', 'Search']) await expect(app.sinkRow(sink)).toBeVisible();
  await expect(app.topicRow('user-events').getByRole('cell').first()).toHaveText('6');
  await expect(app.topics.getByRole('row')).toHaveCount(5);
  await expect(app.events.getByRole('listitem').first()).toBeVisible();
  await expect(app.speedSelect).toHaveValue('10');
});

test('Pause stops the clock, and Step then moves it by exactly one second each time', async ({ app }) => {
  await app.open();
  await app.runExample();
  await app.waitForClockPast(2);

  await app.pause();
  await expect(app.stepButton).toBeEnabled();
  const paused = await app.clockSeconds();

  await app.step();
  await expect(app.clock).toHaveText(clock(paused + 1));
  await app.step();
  await expect(app.clock).toHaveText(clock(paused + 2));

  await app.playButton.click();
  await expect(app.pauseButton).toBeVisible();
  await expect(app.stepButton).toBeDisabled();
  await app.waitForClockPast(paused + 2);
});

test('At 100x the clock passes a simulated minute in seconds', async ({ app }) => {
  await app.open();
  await app.runExample();
  await app.setSpeed('100x');
  await expect(app.speedSelect).toHaveValue('100');
  await app.waitForClockPast(60);
  await expect(app.sinkRow('Database')).toContainText(/lag [\d,]+/);
});

test('at 1280x800 the running example fits the width, tables inside their panels', async ({
  app,
}, testInfo) => {
  await app.open();
  await app.runExample();
  await app.waitForClockPast(30);
  await app.pause();
  await app.page.mouse.move(0, 799);
  await app.page.screenshot({ path: testInfo.outputPath('running-example-1280x800.png') });

  const pageWidth = await app.page.locator('html').evaluate((html) => html.scrollWidth);
  expect(pageWidth).toBeLessThanOrEqual(1280);
  for (const panel of [app.sinks, app.topics]) {
    const outer = (await panel.boundingBox())!;
    const table = (await panel.getByRole('table').boundingBox())!;
    expect(table.x + table.width).toBeLessThanOrEqual(outer.x + outer.width);
  }
});

function clock(seconds: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(seconds / 60))}:${pad(seconds % 60)}`;
}

test('a worker that dies is reported, and Restart runs the example again from 00:00', async ({ app }) => {
  const workerStarted = app.page.waitForEvent('worker');
  await app.open();
  await app.runExample();
  const worker = await workerStarted;
  await app.waitForClockPast(10);
  const beforeCrash = await app.clockSeconds();

  // An uncaught error inside the worker: what a bug or an out-of-memory would look like to the page.
  await worker.evaluate(() => {
    setTimeout(() => {
      throw new Error('simulated crash');
    });
  });
  await expect(app.stoppedAlert).toContainText('The simulation stopped');
  await expect(app.stoppedAlert).toContainText('simulated crash');
  await expect(app.playButton).toBeDisabled();

  await app.restartButton.click();
  await expect(app.page.getByRole('status')).toHaveText(/runs again from 00:00/);
  await expect.poll(() => app.clockSeconds()).toBeLessThan(beforeCrash);
  await expect(app.sinkRow('Database')).toContainText('Stable');
  await expect(app.pauseButton).toBeEnabled();
});
