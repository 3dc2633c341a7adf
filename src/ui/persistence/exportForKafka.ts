// The design as what building it on Kafka takes, downloaded: the engine's exports, named after the design.
import { clientPropertiesText, composeFile, topicsScript, type PipelineDocument } from '../../engine';
import { downloadText, safeFileStem } from './exportDesign';

export type KafkaExportKind = 'topics' | 'properties' | 'compose';

interface KafkaExportFile {
  fileName: string;
  text: string;
  type: string;
}

/** `<name>.topics.sh`, `<name>.properties` (every client's block) or `<name>.compose.yaml`, and its text. */
export function kafkaExportFile(doc: PipelineDocument, kind: KafkaExportKind): KafkaExportFile {
  const stem = safeFileStem(doc.name);
  if (kind === 'topics')
    return { fileName: `${stem}.topics.sh`, text: topicsScript(doc), type: 'text/x-shellscript' };
  if (kind === 'properties')
    return { fileName: `${stem}.properties`, text: clientPropertiesText(doc), type: 'text/plain' };
  return { fileName: `${stem}.compose.yaml`, text: composeFile(doc), type: 'application/yaml' };
}

export function downloadKafkaExport(doc: PipelineDocument, kind: KafkaExportKind): void {
  const file = kafkaExportFile(doc, kind);
  downloadText(file.fileName, file.text, file.type);
}
