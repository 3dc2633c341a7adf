// For tests: a page address, storage and clipboard without a browser.
import { MemoryStorage } from './memoryStorage.testing';
import type { PageEnv } from './pageEnv';

export function testEnv(url = 'https://franz.example/app/', { clipboard = true } = {}) {
  const copied: string[] = [];
  const storage = new MemoryStorage();
  const env: PageEnv & { address: string } = {
    address: url,
    storage,
    url: () => env.address,
    replaceUrl: (next) => {
      env.address = next;
    },
    clipboard: clipboard
      ? {
          writeText: async (text) => {
            copied.push(text);
          },
        }
      : null,
  };
  return { env, storage, copied };
}
