import { edits, type NodeKind } from '../../engine';
import { TextField } from '../forms/TextField';
import { useFranz } from '../../store/store';
import { describeEditError } from './editErrors';
import { useDocEditor } from './useDocEditor';

/** The node's name: checked as typed (a topic name as Kafka checks it), applied on blur or Enter. */
export function NameField({ nodeId, kind, name }: { nodeId: string; kind: NodeKind; name: string }) {
  const editor = useDocEditor();
  const submit = (text: string, final: boolean) => {
    const error = editor.edit((doc) => edits.rename(doc, nodeId, text), final ? 'commit' : 'check');
    if (error === null) return null;
    const { nodes } = useFranz.getState().doc;
    return describeEditError(error, 'name', () => undefined, {
      names: nodes.map((n) => n.name),
      self: nodes.findIndex((n) => n.id === nodeId),
    });
  };
  return (
    <TextField
      label="Name"
      value={name}
      hint={kind === 'topic' ? 'letters, digits, ".", "_" and "-", as Kafka allows' : undefined}
      submit={submit}
    />
  );
}
