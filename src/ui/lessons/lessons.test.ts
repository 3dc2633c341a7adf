// The page's side of the lessons, without a worker: a link opens a lesson on its design, seed and speed; the watch
// runs the current check on each whole report and keeps finished lessons; leaving puts the learner's design back.
import { describe, expect, it } from 'vitest';
import { createSimulation, edits } from '../../engine';
import { lessonById } from '../../lessons/catalog';
import { lessonDocument } from '../../lessons/lessonDesign';
import { createFranzStore } from '../../store/store';
import { MemoryStorage } from '../persistence/memoryStorage.testing';
import { lessonIdInLink, lessonLink } from './lessonLink';
import { LESSON_PROGRESS_KEY, readLessonsDone } from './lessonProgress';
import { startLessonWatch } from './lessonWatch';
import { openLessonLink } from './openLessonLink';

function page(url: string) {
  const store = createFranzStore();
  const own = edits.addNode(store.getState().doc, 'topic', { x: 0, y: 0 }).doc;
  store.getState().replaceDocument(own);
  const env = {
    address: url,
    url: () => env.address,
    replaceUrl: (next: string) => {
      env.address = next;
    },
  };
  return { store, env, own };
}

describe('lesson links', () => {
  it('reads and writes #lesson=<id>', () => {
    expect(lessonIdInLink('http://x/#lesson=L4')).toBe('L4');
    expect(lessonIdInLink('http://x/#design=abc')).toBeNull();
    expect(lessonIdInLink('http://x/')).toBeNull();
    expect(lessonLink('http://x/#lesson=L2', 'L4')).toBe('http://x/#lesson=L4');
  });

  it('opens the lesson on its design, seed and speed, keeping the learner design to come back to', () => {
    const { store, env, own } = page('http://x/#lesson=L4');
    openLessonLink(store, null, env);
    const state = store.getState();
    expect(state.lesson).toMatchObject({ id: 'L4', step: 0, held: false, before: own });
    expect(state.doc.name).toBe('Lesson: the idle consumer');
    expect(state.sim).toMatchObject({ seed: 4, speed: 25 });
    expect(env.address).toBe('http://x/#lesson=L4');
    state.leaveLesson();
    expect(store.getState().doc).toBe(own);
    expect(store.getState().lesson).toBeNull();
  });

  it('refuses a lesson that does not exist, says which exist, and leaves the design alone', () => {
    const { store, env, own } = page('http://x/#lesson=L99');
    openLessonLink(store, null, env);
    expect(store.getState().doc).toBe(own);
    expect(store.getState().lesson).toBeNull();
    expect(store.getState().notice?.text).toMatch(
      /^The link asks for lesson "L99", which does not exist \(the lessons are .*L4.*\)\. Your design is as it was\.$/,
    );
    expect(env.address).toBe('http://x/');
  });
});

describe('the lesson watch', () => {
  it('holds a check only on a whole report, then waits for the learner; a finished lesson is kept', () => {
    const { store, env } = page('http://x/#lesson=L4');
    const storage = new MemoryStorage();
    const stop = startLessonWatch(store, storage);
    openLessonLink(store, null, env);
    const lesson = lessonById('L4')!;
    const sim = createSimulation(lessonDocument(lesson), { seed: lesson.seed });
    sim.step(25_000);
    // L4's first step holds once two consumers are settled and the lag grows (at 19 s, by its golden trace).
    store.getState().setSim({ report: sim.report(), whole: false });
    expect(store.getState().lesson?.held).toBe(false);
    store.getState().setSim({ report: sim.report(), whole: true });
    expect(store.getState().lesson).toMatchObject({
      held: true,
      progress: expect.stringMatching(/^2 consumers, lag /),
    });
    // Held stays held until the learner goes on, whatever the next report says.
    sim.step(1000);
    store.getState().setSim({ report: sim.report() });
    expect(store.getState().lesson?.held).toBe(true);
    store.getState().nextLessonStep();
    expect(store.getState().lesson).toMatchObject({ step: 1, held: false });
    // The rest of the steps, as the learner would take them after the check held.
    store.setState({ lesson: { ...store.getState().lesson!, step: lesson.steps.length } });
    expect(readLessonsDone(storage)).toEqual(['L4']);
    expect(storage.items.get(LESSON_PROGRESS_KEY)).toBe('["L4"]');
    stop();
  });

  it('reads unreadable progress as none', () => {
    const storage = new MemoryStorage();
    storage.setItem(LESSON_PROGRESS_KEY, '{not json');
    expect(readLessonsDone(storage)).toEqual([]);
  });
});
