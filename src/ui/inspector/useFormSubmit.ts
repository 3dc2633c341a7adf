import { useMemo } from 'react';
import { edits, type EditResult, type PipelineDocument } from '../../engine';
import type { FranzStore } from '../../store/store';
import { useFranz } from '../../store/store';
import { describeEditError, inPlainWords } from './editErrors';
import { allFields, toPatch, type Config, type FieldSpec, type FormModel, type Patch } from './formModel';
import { useDocEditor, type DocEditor } from './useDocEditor';

export type FieldSubmit = (spec: FieldSpec, text: string, final: boolean) => string | null;

type Read = (doc: PipelineDocument) => Config | undefined;
/** Which node a form edits, so messages about a clash with another node name that one. */
type Self = (doc: PipelineDocument) => number | undefined;
type Write = (doc: PipelineDocument, patch: Patch) => EditResult;

/** How the form's messages name its fields: `sessionTimeoutMs` -> `session.timeout.ms`. */
export function nameOfIn(model: FormModel) {
  const names = new Map(allFields(model).map((f) => [f.path, f.kafka ?? f.label]));
  return (path: string) => names.get(path);
}

/**
 * Turns a field's text into an edit of the design. Numbers apply live as they are typed (but for those
 * Kafka cannot take back, applied on blur or Enter); text (names, patterns, key lists) is checked as
 * typed and applied on blur or Enter; choices apply at once. A value refused when the person is done
 * leaves the design as it was before they started typing, and the message names the field in plain words.
 */
export function createFieldSubmit(
  editor: DocEditor,
  store: Pick<FranzStore, 'getState'>,
  model: FormModel,
  read: Read,
  write: Write,
  self: Self = () => undefined,
): FieldSubmit {
  const nameOf = nameOfIn(model);
  return (spec, text, final) => {
    const { doc } = store.getState();
    const config = read(doc);
    if (!config) return 'this node is no longer in the design';
    const patch = toPatch(spec, config, text);
    // A number half typed ("-", "1e") is not refused until the person is done with it.
    if (!patch.ok) {
      if (final) editor.cancel();
      return final ? inPlainWords(spec.label, patch.error) : null;
    }
    const live = spec.type === 'number' && !spec.applyOnCommit;
    const mode = final ? 'commit' : live ? 'live' : 'check';
    const error = editor.edit((d) => write(d, patch.patch), mode);
    if (error === null) return null;
    return describeEditError(
      error,
      spec.path,
      nameOf,
      { names: doc.nodes.map((n) => n.name), self: self(doc) },
      spec.label,
    );
  };
}

export function useFormSubmit(model: FormModel, read: Read, write: Write, self?: Self): FieldSubmit {
  const editor = useDocEditor();
  return useMemo(
    () => createFieldSubmit(editor, useFranz, model, read, write, self),
    [editor, model, read, write, self],
  );
}

export const nodeConfigOf = (nodeId: string) => (doc: PipelineDocument) =>
  doc.nodes.find((n) => n.id === nodeId)?.config;

export const nodeIndexOf = (nodeId: string) => (doc: PipelineDocument) => {
  const i = doc.nodes.findIndex((n) => n.id === nodeId);
  return i < 0 ? undefined : i;
};

export const updateNodeConfig = (nodeId: string) => (doc: PipelineDocument, patch: Patch) =>
  edits.updateConfig(doc, nodeId, patch);

/** The submit of a node's config form: edits.updateConfig on that node. */
export function useNodeConfigSubmit(nodeId: string, model: FormModel): FieldSubmit {
  const read = useMemo(() => nodeConfigOf(nodeId), [nodeId]);
  const write = useMemo(() => updateNodeConfig(nodeId), [nodeId]);
  const self = useMemo(() => nodeIndexOf(nodeId), [nodeId]);
  return useFormSubmit(model, read, write, self);
}
