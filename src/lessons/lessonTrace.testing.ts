// A lesson played headless, as its golden trace: the lesson's design on its seed, each step's action done to the
// simulation, then simulated time stepped a second at a time until the step's check holds (or its limit passes).
// What it records (when each check held, and the figures then) is frozen in golden/<id>.json.
import { createSimulation, type Simulation } from '../engine';
import type { CheckInput, Lesson, LessonAct, LessonNotes } from './lesson';
import { lessonDocument } from './lessonDesign';

export interface StepTrace {
  /** Simulated ms when the step's check first held; null if it never did within `withinMs`. */
  heldAtMs: number | null;
  /** The progress line at that moment (or at the limit). */
  progress: string;
}

export interface LessonTrace {
  id: string;
  steps: StepTrace[];
}

const CHECK_EVERY_MS = 1000;

function act(sim: Simulation, action: LessonAct): void {
  switch (action.kind) {
    case 'edit': {
      const refusals = sim.update(action.edit(sim.document));
      if (refusals.length > 0) throw new Error(`the lesson's edit was refused: ${JSON.stringify(refusals)}`);
      return;
    }
    case 'addConsumer':
      sim.addConsumer(action.node);
      return;
    case 'crashConsumer':
      sim.crashConsumer(action.node);
      return;
    case 'fault':
      sim.applyFault(action.fault);
      return;
  }
}

function input(sim: Simulation): CheckInput {
  return { report: sim.report(), doc: sim.document, events: sim.recentEvents() };
}

export function playLesson(lesson: Lesson): LessonTrace {
  const sim = createSimulation(lessonDocument(lesson), { seed: lesson.seed });
  const notes: LessonNotes = {};
  const steps: StepTrace[] = [];
  for (const step of lesson.steps) {
    for (const a of step.act ?? []) act(sim, a);
    const limit = sim.nowMs + step.withinMs;
    let seen = input(sim);
    let held = step.check(seen, notes);
    while (!held && sim.nowMs < limit) {
      sim.step(CHECK_EVERY_MS);
      seen = input(sim);
      held = step.check(seen, notes);
    }
    steps.push({ heldAtMs: held ? sim.nowMs : null, progress: step.progress?.(seen, notes) ?? '' });
    if (!held) break;
  }
  return { id: lesson.id, steps };
}
