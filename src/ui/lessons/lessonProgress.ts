// Which lessons the learner finished, kept in the browser (localStorage) so the list shows them ticked next time.
import type { DesignStorage } from '../persistence/pageEnv';

export const LESSON_PROGRESS_KEY = 'franz.lessons.done';

export function readLessonsDone(storage: DesignStorage | null): string[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(LESSON_PROGRESS_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    // Unreadable progress is no progress: the lessons themselves are unharmed.
    return [];
  }
}

export function writeLessonsDone(storage: DesignStorage | null, ids: readonly string[]): void {
  try {
    storage?.setItem(LESSON_PROGRESS_KEY, JSON.stringify(ids));
  } catch {
    // A full or refused storage loses only the ticks, which the next finished lesson writes again.
  }
}
