// The last design that drew without error, and a note of the one that did not: a design that breaks the
// page is never what the next visit opens (recoverFromRenderCrash), and the one before it is a click away.
import type { PipelineDocument } from '../../engine';
import { keepBackup } from './backups';
import type { DesignStorage } from './pageEnv';
import { readDesign } from './readDesign';
import { AUTOSAVE_KEY } from './savedDesign';

export const LAST_GOOD_KEY = 'franz.design.lastGood';
/** `{ text, message }`: the design a part of the page failed to draw, and the error; gone once one draws. */
export const RENDER_CRASH_KEY = 'franz.design.renderCrash';
/** A design that has been on screen this long without an error is taken to work. */
export const LAST_GOOD_DELAY_MS = 2000;

type Storage = DesignStorage & Partial<Pick<globalThis.Storage, 'removeItem'>>;

function get(storage: Storage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function set(storage: Storage | null, key: string, value: string | null): void {
  try {
    if (value !== null) storage?.setItem(key, value);
    else storage?.removeItem?.(key);
  } catch {
    // Storage full: the banner says so already; this note is a help, not the design itself.
  }
}

/** The design drew without error: it is the one to go back to, and no crash stands against the autosave. */
export function recordDrawn(storage: Storage | null, doc: PipelineDocument): void {
  const text = JSON.stringify(doc);
  if (get(storage, LAST_GOOD_KEY) !== text) set(storage, LAST_GOOD_KEY, text);
  if (get(storage, RENDER_CRASH_KEY) !== null) set(storage, RENDER_CRASH_KEY, null);
}

/** A part of the page failed to draw this design. */
export function recordRenderCrash(storage: Storage | null, doc: PipelineDocument, message: string): void {
  set(storage, RENDER_CRASH_KEY, JSON.stringify({ text: JSON.stringify(doc), message }));
}

export function readLastGood(storage: Storage | null): PipelineDocument | null {
  const text = get(storage, LAST_GOOD_KEY);
  if (text === null) return null;
  const read = readDesign(text);
  return read.ok ? read.doc : null;
}

function readRenderCrash(storage: Storage | null): { text: string; message: string } | null {
  try {
    const value: unknown = JSON.parse(get(storage, RENDER_CRASH_KEY) ?? 'null');
    if (typeof value !== 'object' || value === null) return null;
    const { text, message } = value as Record<string, unknown>;
    return typeof text === 'string' && typeof message === 'string' ? { text, message } : null;
  } catch {
    return null;
  }
}

/**
 * Before the page loads the autosave: when the last visit ended with a part of the page failing to draw
 * the very design autosave holds, that design goes to Recent designs and the last design that worked takes
 * its place. Returns what to tell the person, or null when there was nothing to do.
 */
export function recoverFromRenderCrash(storage: Storage | null, now: Date = new Date()): string | null {
  const crash = readRenderCrash(storage);
  if (!crash) return null;
  set(storage, RENDER_CRASH_KEY, null);
  if (get(storage, AUTOSAVE_KEY) !== crash.text) return null;
  const read = readDesign(crash.text);
  const name = read.ok ? read.doc.name : 'Unreadable design';
  keepBackup(storage, { reason: `it failed to draw: ${crash.message}`, name, text: crash.text }, () => now);
  const lastGood = get(storage, LAST_GOOD_KEY);
  const usable = lastGood !== null && lastGood !== crash.text && readDesign(lastGood).ok;
  set(storage, AUTOSAVE_KEY, usable ? lastGood : null);
  const instead = usable ? 'the last design that worked is open instead' : 'the example is open instead';
  return `Last time “${name}” failed to draw (${crash.message}), so ${instead}. It is kept in Recent designs.`;
}
