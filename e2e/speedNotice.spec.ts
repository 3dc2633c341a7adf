import { expect, test } from './fixtures';
import { SIMULATED_TIME } from './patience';

test('says when the simulation cannot keep up with the chosen speed', async ({ app }) => {
  await app.open();
  // 5,000,000 records/s from one source: no machine steps that at 100x (500 million records a second).
  await app.canvas.node('Source', 'IoT sensors').click();
  await app.inspector.set('Rate', '5000000');
  await app.setSpeed('100x');
  await expect(app.page.getByRole('status').filter({ hasText: /^[\d.]+x of 100x$/ })).toBeVisible(
    SIMULATED_TIME,
  );
  // Paused, nothing runs behind: the notice goes.
  await app.toolbar.button('Pause').click();
  await expect(app.page.getByText(/^[\d.]+x of 100x$/)).toBeHidden();
});
