// Recent designs: designs the page replaced (a shared link, a restore) or could not read (a corrupt or newer
// autosave), kept in localStorage so that nothing a person made is lost without a way back.
import type { DesignStorage } from './designStorage';

/** A JSON list of Backup, newest first. */
export const BACKUPS_KEY = 'franz.design.backups';
/** How many recent designs are kept; the oldest goes first. */
export const MAX_BACKUPS = 10;

export interface Backup {
  /** When it was kept (an ISO 8601 time). */
  savedAt: string;
  /** Why it was kept: "replaced by a shared link", "unreadable: …", "from a newer Franz (version 2)". */
  reason: string;
  /** The design's name, or what stands for it when the text does not read as a design. */
  name: string;
  /** The text as it was saved, even when it does not parse. */
  text: string;
}

function isBackup(value: unknown): value is Backup {
  if (typeof value !== 'object' || value === null) return false;
  const b = value as Record<string, unknown>;
  return (
    typeof b.savedAt === 'string' &&
    typeof b.reason === 'string' &&
    typeof b.name === 'string' &&
    typeof b.text === 'string'
  );
}

/** The kept designs, newest first; entries that are not backups are skipped, a broken list reads as empty. */
export function readBackups(storage: DesignStorage | null): Backup[] {
  let text: string | null;
  try {
    text = storage?.getItem(BACKUPS_KEY) ?? null;
  } catch {
    return [];
  }
  if (text === null) return [];
  try {
    const list: unknown = JSON.parse(text);
    return Array.isArray(list) ? list.filter(isBackup).slice(0, MAX_BACKUPS) : [];
  } catch {
    return [];
  }
}

/**
 * Keeps a design at the head of the list. The same text kept again moves to the head instead of being
 * listed twice. When storage is full, older entries give way; false when even this one alone does not fit.
 */
export function keepBackup(
  storage: DesignStorage | null,
  entry: Omit<Backup, 'savedAt'>,
  now: () => Date = () => new Date(),
): boolean {
  if (!storage) return false;
  const others = readBackups(storage).filter((b) => b.text !== entry.text);
  const kept: Backup = { savedAt: now().toISOString(), ...entry };
  for (let keep = Math.min(others.length, MAX_BACKUPS - 1); keep >= 0; keep--) {
    try {
      storage.setItem(BACKUPS_KEY, JSON.stringify([kept, ...others.slice(0, keep)]));
      return true;
    } catch {
      // Full: try again with one older design fewer.
    }
  }
  return false;
}

/** The name a saved text stands for: its design's name when it has one, else what it is. */
export function nameInText(text: string): string {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && 'name' in value) {
      const name = (value as { name: unknown }).name;
      if (typeof name === 'string' && name.trim() !== '') return name.slice(0, 200);
    }
  } catch {
    // Not JSON: no name to read.
  }
  return 'Unreadable design';
}
