import { Rng } from '../src/engine/sim/rng';
import { expect, test } from './fixtures';

test('Run example starts the engine on a worker and shows what its seeded Rng drew', async ({ app }) => {
  await app.open();
  await expect(app.page).toHaveTitle('Franz');
  await expect(app.heading).toHaveText('Franz');

  await app.runExample();

  const rng = new Rng(42);
  const draws = [rng.nextU32(), rng.nextU32(), rng.nextU32()];
  await expect(app.status).toHaveText(`Engine ready. Seed 42 drew ${draws.join(', ')}.`);
});
