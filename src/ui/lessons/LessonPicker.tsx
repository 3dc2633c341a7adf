import { LESSONS } from '../../lessons/catalog';
import type { Lesson } from '../../lessons/lesson';
import { useFranz } from '../../store/store';
import { Modal } from '../shell/Modal';
import { useSimActions } from '../simActions';
import { browserEnv } from '../persistence/pageEnv';
import { beginLesson } from './beginLesson';
import './lessons.css';

/** The list of lessons: each with the belief it corrects, ticked once finished in this browser. */
export function LessonPicker() {
  const open = useFranz((s) => s.lessonsOpen);
  if (!open) return null;
  return <LessonPickerDialog />;
}

function LessonPickerDialog() {
  const done = useFranz((s) => s.lessonsDone);
  const close = () => useFranz.getState().setLessonsOpen(false);
  const sim = useSimActions();
  const start = (lesson: Lesson) => beginLesson(useFranz, lesson, sim, browserEnv());
  const finished = LESSONS.filter((l) => done.includes(l.id)).length;
  return (
    <Modal labelledBy="lessons-title" describedBy="lessons-text" onCancel={close} className="modal--wide">
      <h2 id="lessons-title" className="modal__title">
        Lessons
      </h2>
      <p id="lessons-text" className="modal__text">
        Each lesson opens a small design, asks you to do one thing at a time, and checks what Kafka did. Your
        own design is kept and comes back when you leave the lesson. {finished} of {LESSONS.length} finished
        in this browser. A lesson has a link of its own: add <code>#lesson=L4</code> to Franz's address.
      </p>
      <ol className="lesson-list">
        {LESSONS.map((lesson) => (
          <li key={lesson.id} className="lesson-list__item">
            <div className="lesson-list__about">
              <p className="lesson-list__title">
                <span className="lesson-list__id">{lesson.id}</span> {lesson.title}
                {done.includes(lesson.id) && (
                  <span className="badge badge--ok lesson-list__done">Finished</span>
                )}
              </p>
              <p className="lesson-list__corrects">Not so: “{lesson.corrects}”</p>
            </div>
            <button
              type="button"
              className="button"
              aria-label={`Start ${lesson.id} ${lesson.title}`}
              onClick={() => start(lesson)}
            >
              Start
            </button>
          </li>
        ))}
      </ol>
      <div className="modal__actions">
        <button type="button" className="button" onClick={close} data-autofocus>
          Close
        </button>
      </div>
    </Modal>
  );
}
