import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerServiceWorker } from './registerServiceWorker';

const now = (start: () => void) => start();

describe('registering the service worker', () => {
  afterEach(() => vi.restoreAllMocks());

  it('registers sw.js under the app’s base, with the base as its scope, once the page has loaded', () => {
    const register = vi.fn(() => Promise.resolve({} as ServiceWorkerRegistration));
    let loaded: (() => void) | null = null;
    registerServiceWorker({ serviceWorker: { register } }, '/franz/', true, (start) => (loaded = start));
    expect(register).not.toHaveBeenCalled();
    loaded!();
    expect(register).toHaveBeenCalledWith('/franz/sw.js', { scope: '/franz/' });
  });

  it('does nothing in development, or in a browser without service workers', () => {
    const register = vi.fn(() => Promise.resolve({} as ServiceWorkerRegistration));
    registerServiceWorker({ serviceWorker: { register } }, '/', false, now);
    expect(register).not.toHaveBeenCalled();
    expect(() => registerServiceWorker({}, '/', true, now)).not.toThrow();
  });

  it('says once in the console when the browser refuses, and the page goes on', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const refusal = new DOMException('denied', 'SecurityError');
    registerServiceWorker({ serviceWorker: { register: () => Promise.reject(refusal) } }, '/', true, now);
    await vi.waitFor(() => expect(warn).toHaveBeenCalledTimes(1));
    expect(warn).toHaveBeenCalledWith(
      'Franz will not open offline: its service worker could not be registered.',
      refusal,
    );
  });
});
