// Runs the open lesson's current check on every report the worker sends, and keeps the finished lessons: the
// lesson's side of the page, outside React, so a check runs whether or not its card is drawn.
import { lessonById } from '../../lessons/catalog';
import type { FranzStore } from '../../store/store';
import type { DesignStorage } from '../persistence/pageEnv';
import { readLessonsDone, writeLessonsDone } from './lessonProgress';

export function startLessonWatch(store: FranzStore, storage: DesignStorage | null): () => void {
  store.getState().setLessonsDone(readLessonsDone(storage));
  return store.subscribe((state, prev) => {
    const active = state.lesson;
    if (!active) return;
    const lesson = lessonById(active.id);
    if (!lesson) return;
    if (active.step >= lesson.steps.length) {
      if (!state.lessonsDone.includes(lesson.id)) {
        const done = [...state.lessonsDone, lesson.id];
        state.setLessonsDone(done);
        writeLessonsDone(storage, done);
      }
      return;
    }
    const { report, whole, events } = state.sim;
    const changed = report !== prev.sim.report || active.step !== prev.lesson?.step || state.doc !== prev.doc;
    // A trimmed report lacks the partitions a check may read; the whole one follows the view message at once.
    if (!changed || active.held || !report || !whole) return;
    const step = lesson.steps[active.step]!;
    const notes = { ...active.notes };
    const input = { report, doc: state.doc, events };
    const held = step.check(input, notes);
    const progress = step.progress?.(input, notes) ?? '';
    const wrote = Object.keys(notes).some((k) => notes[k] !== active.notes[k]);
    state.lessonSaw({ progress, held, notes: wrote ? notes : active.notes });
  });
}
