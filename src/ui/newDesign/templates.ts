// What New offers: an empty design, the article's pipeline (the first screen), a one-topic design and every
// lesson's design. Each is built afresh when picked, so the history never holds one design object twice.
import article from '../../../examples/article-pipeline.json';
import oneTopic from '../../../examples/one-topic.json';
import { edits, parseDocument, type PipelineDocument } from '../../engine';
import { LESSONS } from '../../lessons/catalog';
import { lessonDocument } from '../../lessons/lessonDesign';

export interface DesignTemplate {
  /** Stable: 'empty', 'article', 'one-topic', 'lesson-L5'. */
  id: string;
  title: string;
  /** One line on what is in it. */
  about: string;
  group: 'start' | 'lesson';
  design(): PipelineDocument;
}

/** The name an empty design starts with (the schema's default), to rename in the top bar. */
export const EMPTY_DESIGN_NAME = 'Untitled pipeline';

function parsedExample(example: unknown, file: string): PipelineDocument {
  const parsed = parseDocument(example);
  if (!parsed.ok) throw new Error(`the built-in example ${file} is invalid: ${parsed.errors.join('; ')}`);
  return parsed.doc;
}

export const TEMPLATES: readonly DesignTemplate[] = [
  {
    id: 'empty',
    title: 'Empty design',
    about: 'Nothing on the canvas: drag sources, topics and sinks from the palette.',
    group: 'start',
    design: () => edits.emptyDocument(EMPTY_DESIGN_NAME),
  },
  {
    id: 'article',
    title: 'The article’s pipeline',
    about: 'Five sources, four topics, four sinks: the design Franz first opens on.',
    group: 'start',
    design: () => parsedExample(article, 'examples/article-pipeline.json'),
  },
  {
    id: 'one-topic',
    title: 'One topic',
    about: 'One source → one topic of 3 partitions → one group of 2 consumers.',
    group: 'start',
    design: () => parsedExample(oneTopic, 'examples/one-topic.json'),
  },
  ...LESSONS.map((lesson): DesignTemplate => ({
    id: `lesson-${lesson.id}`,
    title: `${lesson.id}: ${lesson.title}`,
    about: lesson.learn,
    group: 'lesson',
    design: () => lessonDocument(lesson),
  })),
];
