// A guided lesson: a design on a fixed seed, steps that each ask for one action, and a check per step that is a
// predicate over what the engine reports (assignments, offsets, counters), never over pixels. The same lesson runs
// in the page (src/ui/lessons/) and headless as its golden trace (lessonTrace.testing.ts), so every check is
// pinned by a test with the engine's own numbers.
import type {
  FaultAction,
  PipelineDocument,
  PipelineDocumentInput,
  SimEvent,
  SimulationReport,
} from '../engine';

/** What a check reads: the engine's latest whole report, the design as it is now, and the latest events. */
export interface CheckInput {
  report: SimulationReport;
  doc: PipelineDocument;
  /** The newest events, oldest first (a bounded list: counters in the report are the surer test). */
  events: readonly SimEvent[];
}

/**
 * What a lesson remembers between reports (a throughput seen before an action, the generation when a step
 * began). Plain numbers by name, so a check stays a pure function of its input and these notes.
 */
export type LessonNotes = Record<string, number>;

/**
 * What a step's action does to the running simulation, for the headless golden trace. In the page the learner does
 * it with the canvas, the inspector or the member buttons; these are the same changes.
 */
export type LessonAct =
  /** An edit of the design, as the inspector or the canvas makes it. */
  | { kind: 'edit'; edit: (doc: PipelineDocument) => PipelineDocument }
  /** One more consumer in a sink's or processor's group (the member list's "Add consumer"). */
  | { kind: 'addConsumer'; node: string }
  /** The newest consumer of the group stops without leaving (its "Crash" button). */
  | { kind: 'crashConsumer'; node: string }
  /** A fault now: kill a broker, pause a source (the node's or the Cluster view's fault buttons). */
  | { kind: 'fault'; fault: FaultAction };

export interface LessonStep {
  /** What to do, as an instruction to the learner ("Add a fourth consumer to Billing"). */
  do: string;
  /** What to watch on screen while doing it, and where. */
  watch: string;
  /**
   * Whether the step's outcome holds, given the latest report. It may write to `notes` (what it saw, for a later
   * step's check); it is called on every report while the step is the current one.
   */
  check(input: CheckInput, notes: LessonNotes): boolean;
  /** What the learner is waiting for, while the check does not hold yet: one line from the same numbers. */
  progress?(input: CheckInput, notes: LessonNotes): string;
  /** Shown once the check holds: what happened and why, with Kafka's names. */
  because: string;
  /** The learner's action, as the golden trace performs it; absent for a step that only watches. */
  act?: LessonAct[];
  /** The most simulated time the golden trace waits for the check after acting (ms). */
  withinMs: number;
}

export interface QuizQuestion {
  question: string;
  options: string[];
  /** Index into `options`. */
  answer: number;
  /** Why the answer is right, shown after the learner answers. */
  why: string;
}

/** A Kafka name the lesson uses: a config, a JMX metric, an error. */
export interface KafkaName {
  name: string;
  what: string;
}

export interface Lesson {
  /** Stable id, used in the link `#lesson=<id>` and in the kept progress. */
  id: string;
  title: string;
  /** The misconception it corrects, in the learner's words. */
  corrects: string;
  /** What the lesson teaches, in one sentence (the card's "You'll learn"). */
  learn: string;
  design: PipelineDocumentInput;
  seed: number;
  /** The speed the lesson plays at (times real time): enough that no step waits long. */
  speed: number;
  steps: LessonStep[];
  /** The Kafka names the lesson shows, in the order they come up. */
  names: KafkaName[];
  quiz: QuizQuestion;
}
