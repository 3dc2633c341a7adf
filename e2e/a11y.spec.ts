import { test } from './fixtures';
import { expectNoSeriousViolations } from './pages/axe';
import { visitEveryScreen } from './pages/screens';

test('every screen passes axe-core (WCAG 2.1 A and AA) with no serious or critical violation', async ({
  app,
  page,
}) => {
  await app.open();
  await visitEveryScreen(page, (screen, part) => expectNoSeriousViolations(page, screen, part));
});
