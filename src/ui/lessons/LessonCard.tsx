import { useEffect, useRef } from 'react';
import { lessonById } from '../../lessons/catalog';
import type { Lesson } from '../../lessons/lesson';
import type { ActiveLesson } from '../../store/lessonSlice';
import { useFranz } from '../../store/store';
import { browserEnv, withoutHash } from '../persistence/pageEnv';
import { LessonQuiz } from './LessonQuiz';
import './lessons.css';

/** The open lesson, above the inspector: the step to do, what to watch, and the app saying when it holds and why. */
export function LessonCard() {
  const active = useFranz((s) => s.lesson);
  const lesson = active ? lessonById(active.id) : null;
  if (!active || !lesson) return null;
  return <Card lesson={lesson} active={active} />;
}

function leave() {
  useFranz.getState().leaveLesson();
  const env = browserEnv();
  env.replaceUrl(withoutHash(env.url()));
}

function Card({ lesson, active }: { lesson: Lesson; active: ActiveLesson }) {
  const next = useFranz((s) => s.nextLessonStep);
  const finished = active.step >= lesson.steps.length;
  // Once a check holds, its explanation and the way on come into view, however long the card.
  const outcome = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (active.held || finished) outcome.current?.scrollIntoView?.({ block: 'nearest' });
  }, [active.held, active.step, finished]);
  return (
    <section className="lesson-card" aria-labelledby="lesson-title">
      <header className="lesson-card__head">
        <p className="lesson-card__kicker">
          Lesson {lesson.id} · step {Math.min(active.step + 1, lesson.steps.length)} of {lesson.steps.length}
        </p>
        <h2 id="lesson-title" className="lesson-card__title">
          {lesson.title}
        </h2>
        <button type="button" className="button lesson-card__leave" onClick={leave}>
          Leave lesson
        </button>
      </header>
      <p className="lesson-card__learn">
        <strong>You’ll learn:</strong> {lesson.learn}
      </p>
      <ol className="lesson-steps">
        {lesson.steps.map((step, i) => (
          <li
            key={i}
            className={`lesson-step${i < active.step ? ' lesson-step--done' : i === active.step ? ' lesson-step--now' : ''}`}
            aria-current={i === active.step ? 'step' : undefined}
          >
            {i < active.step ? (
              <p className="lesson-step__done">✓ {step.do}</p>
            ) : i === active.step ? (
              <>
                <p>
                  <strong>Do:</strong> {step.do}
                </p>
                <p>
                  <strong>Watch for:</strong> {step.watch}
                </p>
                <p
                  className={
                    active.held ? 'lesson-step__status lesson-step__status--held' : 'lesson-step__status'
                  }
                  role="status"
                >
                  {active.held ? '✓ The check holds.' : `Checking… ${active.progress}`}
                </p>
                {active.held && (
                  <div ref={outcome}>
                    <p className="lesson-step__because">{step.because}</p>
                    <button type="button" className="button button--primary" onClick={next}>
                      {i + 1 < lesson.steps.length ? 'Next step' : 'Finish'}
                    </button>
                  </div>
                )}
              </>
            ) : (
              <p className="lesson-step__later">{step.do}</p>
            )}
          </li>
        ))}
      </ol>
      {finished && (
        <div className="lesson-card__end" ref={outcome}>
          <p className="lesson-card__verdict" role="status">
            Lesson finished. Not so: “{lesson.corrects}”
          </p>
          <h3 className="lesson-card__subtitle">Kafka’s names for what you saw</h3>
          <dl className="lesson-names">
            {lesson.names.map((n) => (
              <div key={n.name}>
                <dt>
                  <code>{n.name}</code>
                </dt>
                <dd>{n.what}</dd>
              </div>
            ))}
          </dl>
          <LessonQuiz quiz={lesson.quiz} answer={active.answer} />
        </div>
      )}
    </section>
  );
}
