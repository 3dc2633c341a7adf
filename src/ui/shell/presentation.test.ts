import { describe, expect, it } from 'vitest';
import { PRESENTATION_KEY, readPresenting, writePresenting, type PresentationStorage } from './presentation';

const memory = (
  entries: Record<string, string> = {},
): PresentationStorage & { entries: Record<string, string> } => ({
  entries,
  getItem: (key) => entries[key] ?? null,
  setItem: (key, value) => void (entries[key] = value),
  removeItem: (key) => void delete entries[key],
});

describe('presentation mode kept for the session', () => {
  it('is off with nothing kept', () => {
    expect(readPresenting(memory())).toBe(false);
    expect(readPresenting(null)).toBe(false);
  });

  it('reads back on, and forgets it when turned off', () => {
    const storage = memory();
    writePresenting(storage, true);
    expect(storage.entries[PRESENTATION_KEY]).toBe('on');
    expect(readPresenting(storage)).toBe(true);
    writePresenting(storage, false);
    expect(PRESENTATION_KEY in storage.entries).toBe(false);
    expect(readPresenting(storage)).toBe(false);
  });

  it('treats a value it did not write as off', () => {
    expect(readPresenting(memory({ [PRESENTATION_KEY]: 'true' }))).toBe(false);
    expect(readPresenting(memory({ [PRESENTATION_KEY]: '1' }))).toBe(false);
  });

  it('survives a browser that throws on storage', () => {
    const refusing: PresentationStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(readPresenting(refusing)).toBe(false);
    expect(() => writePresenting(refusing, true)).not.toThrow();
  });
});
