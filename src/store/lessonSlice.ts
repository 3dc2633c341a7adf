// The lesson being taken, if any, and which lessons the learner has finished. The lessons themselves are in
// src/lessons/; src/ui/lessons/lessonWatch.ts runs the current step's check on every report.
import type { StateCreator } from 'zustand';
import type { PipelineDocument } from '../engine';
import type { LessonNotes } from '../lessons/lesson';
import type { FranzState } from './store';

export interface ActiveLesson {
  id: string;
  /** Index of the current step; equal to the step count once every check has held (the quiz is next). */
  step: number;
  /** The current step's check has held (the learner reads why, then goes on). */
  held: boolean;
  /** What the current step is waiting for, from the latest report. */
  progress: string;
  notes: LessonNotes;
  /** The learner's answer to the quiz, once given. */
  answer: number | null;
  /** The design the learner had before the lesson, put back when they leave it. */
  before: PipelineDocument;
}

export interface LessonSlice {
  lesson: ActiveLesson | null;
  /** Ids of the lessons finished (every check held), as kept in the browser. */
  lessonsDone: string[];
  /** The lesson list is open. */
  lessonsOpen: boolean;
  setLessonsOpen(open: boolean): void;
  /** Opens `doc` as the lesson's design (one new epoch); the learner's own design is kept to come back to. */
  beginLesson(id: string, doc: PipelineDocument): void;
  /** What the watch saw for the current step: its progress line, whether the check held, the notes it wrote. */
  lessonSaw(seen: { progress: string; held: boolean; notes: LessonNotes }): void;
  nextLessonStep(): void;
  answerLessonQuiz(option: number): void;
  /** Closes the lesson and puts the learner's own design back. */
  leaveLesson(): void;
  setLessonsDone(ids: string[]): void;
}

export const createLessonSlice: StateCreator<FranzState, [], [], LessonSlice> = (set, get) => ({
  lesson: null,
  lessonsDone: [],
  lessonsOpen: false,
  setLessonsOpen: (lessonsOpen) => set({ lessonsOpen }),
  beginLesson: (id, doc) => {
    const { lesson, doc: current, replaceDocument } = get();
    const before = lesson?.before ?? current;
    set({
      lesson: { id, step: 0, held: false, progress: '', notes: {}, answer: null, before },
      lessonsOpen: false,
      selection: [],
      view: 'kafka',
    });
    replaceDocument(doc);
  },
  lessonSaw: ({ progress, held, notes }) => {
    const lesson = get().lesson;
    if (!lesson || lesson.held) return;
    if (lesson.progress === progress && !held && notes === lesson.notes) return;
    set({ lesson: { ...lesson, progress, held, notes } });
  },
  nextLessonStep: () => {
    const lesson = get().lesson;
    if (!lesson || !lesson.held) return;
    set({ lesson: { ...lesson, step: lesson.step + 1, held: false, progress: '' } });
  },
  answerLessonQuiz: (answer) => {
    const lesson = get().lesson;
    if (lesson) set({ lesson: { ...lesson, answer } });
  },
  leaveLesson: () => {
    const { lesson, replaceDocument } = get();
    if (!lesson) return;
    set({ lesson: null, selection: [] });
    replaceDocument(lesson.before);
  },
  setLessonsDone: (lessonsDone) => set({ lessonsDone }),
});
