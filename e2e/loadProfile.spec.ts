import { expect, test } from './fixtures';

test('a step in a source’s load profile changes the rate it sends once simulated time passes the step', async ({
  app,
}) => {
  await app.open();
  // Paused and stepped from zero, so the step lands at a known moment however slowly the page answers.
  await app.pause();
  await app.toolbar.button('Reset').click();
  await expect(app.toolbar.clock).toHaveText('00:00');
  const web = app.canvas.node('Source', 'Web app');
  await web.click();
  await app.inspector.field('Load profile').selectOption({ label: 'Step' });
  await app.inspector.set('Step at', '3000');
  await app.inspector.set('After the step', '2000');
  await expect(web.getByText('400 rec/s · step · poisson')).toBeVisible();
  await expect(app.inspector.root.getByRole('img', { name: /^Load profile over the first/ })).toBeVisible();
  await app.step(2);
  await expect(app.inspector.root.getByText('Load profile asks for 400 records/s now')).toBeVisible();
  await app.step(2);
  await expect(web.getByText('2,000 rec/s · step · poisson')).toBeVisible();
  await expect(app.inspector.root.getByText('Load profile asks for 2,000 records/s now')).toBeVisible();
});

test('a CSV trace is imported through the file input; a bad file is refused with its line number', async ({
  app,
}) => {
  await app.open();
  const web = app.canvas.node('Source', 'Web app');
  await web.click();
  await app.inspector.field('Load profile').selectOption({ label: 'CSV trace' });
  const importCsv = app.inspector.root.getByLabel('Import CSV', { exact: true });
  await importCsv.setInputFiles({
    name: 'day.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('time,recordsPerSec\n0,100\n30,300\n60,50\n'),
  });
  await expect(app.inspector.root.getByText('3 points over 60 s')).toBeVisible();
  await app.pause();
  await app.toolbar.button('Reset').click();
  await expect(web.getByText('100 rec/s · trace · poisson')).toBeVisible();

  await importCsv.setInputFiles({
    name: 'bad.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('time,recordsPerSec\n0,100\n30,fast\n'),
  });
  await expect(app.inspector.alert()).toHaveText(
    'bad.csv: line 3: recordsPerSec must be a number >= 0, got "fast"',
  );
  // The design is as it was: the first trace, its three points, its first rate.
  await expect(app.inspector.root.getByText('3 points over 60 s')).toBeVisible();
  await expect(web.getByText('100 rec/s · trace · poisson')).toBeVisible();
});
