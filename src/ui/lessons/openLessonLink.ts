// A lesson link in the address (`#lesson=L4`): opened when the page loads with it, or when it is pasted into the
// address of an open tab (a `hashchange`). An unknown lesson is refused with a message; the design stays as it is.
import { LESSONS, lessonById } from '../../lessons/catalog';
import type { FranzStore } from '../../store/store';
import type { SimActions } from '../simActions';
import { withoutHash, type PageEnv } from '../persistence/pageEnv';
import { beginLesson } from './beginLesson';
import { lessonIdInLink } from './lessonLink';

type Sim = Pick<SimActions, 'setSeed' | 'setSpeed' | 'play'>;

/** Opens the lesson the address names, if it names one; says so when there is no such lesson. */
export function openLessonLink(
  store: FranzStore,
  sim: Sim | null,
  env: Pick<PageEnv, 'url' | 'replaceUrl'>,
): void {
  const url = env.url();
  const id = lessonIdInLink(url);
  if (id === null) return;
  const lesson = lessonById(id);
  if (lesson) {
    if (store.getState().lesson?.id !== lesson.id) beginLesson(store, lesson, sim, env);
    return;
  }
  env.replaceUrl(withoutHash(url));
  const ids = LESSONS.map((l) => l.id).join(', ');
  store
    .getState()
    .notify(
      'error',
      `The link asks for lesson "${id}", which does not exist (the lessons are ${ids}). Your design is as it was.`,
    );
}

export function startLessonLinkListener(
  store: FranzStore,
  sim: Sim,
  env: Pick<PageEnv, 'url' | 'replaceUrl'>,
  target: EventTarget = window,
): () => void {
  const onHashChange = () => openLessonLink(store, sim, env);
  target.addEventListener('hashchange', onHashChange);
  return () => target.removeEventListener('hashchange', onHashChange);
}
