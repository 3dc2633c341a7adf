// Opens a lesson: its design on its seed and speed, playing, with the learner's own design kept to come back to.
import type { Lesson } from '../../lessons/lesson';
import { lessonDocument } from '../../lessons/lessonDesign';
import type { FranzStore } from '../../store/store';
import type { SimActions } from '../simActions';
import type { PageEnv } from '../persistence/pageEnv';
import { lessonLink } from './lessonLink';

/**
 * `sim` is null before the worker starts (a lesson link opened fresh): then the seed and speed go into the store,
 * and the worker starts with them.
 */
export function beginLesson(
  store: FranzStore,
  lesson: Lesson,
  sim: Pick<SimActions, 'setSeed' | 'setSpeed' | 'play'> | null,
  env: Pick<PageEnv, 'url' | 'replaceUrl'>,
): void {
  const state = store.getState();
  // A report of the design before belongs to another run: the lesson's checks wait for its own.
  state.setSim({ report: null });
  state.beginLesson(lesson.id, lessonDocument(lesson));
  if (sim) {
    sim.setSeed(lesson.seed);
    sim.setSpeed(lesson.speed);
    sim.play();
  } else {
    state.setSim({ seed: lesson.seed, speed: lesson.speed });
  }
  env.replaceUrl(lessonLink(env.url(), lesson.id));
}
