import { parseDocument, type PipelineDocument } from '../engine';
import type { Lesson } from './lesson';

/** The lesson's design, parsed with Kafka's defaults filled in; every lesson's design is valid (a test says so). */
export function lessonDocument(lesson: Lesson): PipelineDocument {
  const parsed = parseDocument(lesson.design);
  if (!parsed.ok) throw new Error(`lesson ${lesson.id}'s design is invalid: ${parsed.errors.join('; ')}`);
  return parsed.doc;
}
