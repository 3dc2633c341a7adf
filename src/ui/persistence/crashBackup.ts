// One entry added to `franz.design.backups`, the list of recently replaced or unreadable designs the
// person can restore from. The list's format is shared with the rest of persistence: newest first, at
// most BACKUPS_LIMIT, each { savedAt, reason, name, text } with the raw saved text (kept even unreadable).
import type { DesignStorage } from './pageEnv';

export const BACKUPS_KEY = 'franz.design.backups';
export const BACKUPS_LIMIT = 10;

export interface BackupEntry {
  savedAt: string;
  reason: string;
  name: string;
  text: string;
}

function isEntry(value: unknown): value is BackupEntry {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  return (
    typeof e.savedAt === 'string' &&
    typeof e.reason === 'string' &&
    typeof e.name === 'string' &&
    typeof e.text === 'string'
  );
}

/** The list as stored; an unreadable list reads as empty (it is rewritten with the next entry). */
export function readBackups(storage: DesignStorage | null): BackupEntry[] {
  try {
    const list: unknown = JSON.parse(storage?.getItem(BACKUPS_KEY) ?? '[]');
    return Array.isArray(list) ? list.filter(isEntry) : [];
  } catch {
    return [];
  }
}

/** Puts a design first in the list (the same text is not kept twice); false when storage refused it. */
export function addBackup(
  storage: DesignStorage | null,
  entry: Omit<BackupEntry, 'savedAt'>,
  now: Date = new Date(),
): boolean {
  if (!storage) return false;
  const rest = readBackups(storage).filter((e) => e.text !== entry.text);
  const list = [{ savedAt: now.toISOString(), ...entry }, ...rest].slice(0, BACKUPS_LIMIT);
  try {
    storage.setItem(BACKUPS_KEY, JSON.stringify(list));
    return true;
  } catch {
    return false;
  }
}
