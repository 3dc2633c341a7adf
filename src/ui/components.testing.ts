// Setup for the component tests (the `components` project in vite.config.ts, jsdom): each test starts on an
// empty page, with the page's store and storage as a fresh page has them.
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { useFranz } from '../store/store';

// jsdom has <dialog> but not its modal methods; Modal.tsx opens and closes dialogs with them.
if (typeof HTMLDialogElement.prototype.showModal !== 'function') {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false;
  };
}

afterEach(() => {
  // Testing Library unmounts by itself only where test functions are globals; this project does not use them.
  cleanup();
  // Files share one page (the project does not isolate them), so nothing a test stubs may outlive it.
  vi.restoreAllMocks();
  vi.useRealTimers();
  useFranz.setState(useFranz.getInitialState(), true);
  localStorage.clear();
});
