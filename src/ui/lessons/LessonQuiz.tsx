import { useEffect, useRef } from 'react';
import type { QuizQuestion } from '../../lessons/lesson';
import { useFranz } from '../../store/store';

/** One question at the end of a lesson: pick an answer, then read why. */
export function LessonQuiz({ quiz, answer }: { quiz: QuizQuestion; answer: number | null }) {
  const choose = useFranz((s) => s.answerLessonQuiz);
  const verdict = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (answer !== null) verdict.current?.scrollIntoView?.({ block: 'nearest' });
  }, [answer]);
  return (
    <fieldset className="lesson-quiz">
      <legend className="lesson-card__subtitle">Quiz: {quiz.question}</legend>
      {quiz.options.map((option, i) => (
        <label key={option} className="lesson-quiz__option">
          <input type="radio" name="lesson-quiz" checked={answer === i} onChange={() => choose(i)} />
          {option}
        </label>
      ))}
      {answer !== null && (
        <p
          ref={verdict}
          className={answer === quiz.answer ? 'lesson-quiz__right' : 'lesson-quiz__wrong'}
          role="status"
        >
          {answer === quiz.answer ? 'Right. ' : `Not quite: the answer is “${quiz.options[quiz.answer]}”. `}
          {quiz.why}
        </p>
      )}
    </fieldset>
  );
}
