import { useState } from 'react';
import type { PipelineNode } from '../../engine';
import { useFranz } from '../../store/store';
import { connectNodes, connectTargets, noTargetsReason } from '../canvas/connectTargets';
import { edgeId } from '../canvas/flowElements';
import { deleteEdge } from '../canvas/selectionEdits';
import { nodesById } from '../nodes/shared/lookups';

/**
 * A node's connections, each with Disconnect, and "Connect to…": the keyboard's way to draw what a drag between
 * two handles draws, by the same rules and as the same one undo step.
 */
export function NodeConnections({ node }: { node: PipelineNode }) {
  const doc = useFranz((s) => s.doc);
  const names = nodesById(doc);
  const name = (id: string) => names.get(id)?.name ?? id;
  const edges = doc.edges.filter((e) => e.from === node.id || e.to === node.id);
  return (
    <section className="config-section connections" aria-labelledby={`connections-${node.id}`}>
      <h3 className="config-section__title" id={`connections-${node.id}`}>
        Connections
      </h3>
      {edges.length === 0 ? (
        <p className="inspector__hint">Not connected yet.</p>
      ) : (
        <ul className="connections__list">
          {edges.map((e) => {
            const label = `${name(e.from)} → ${name(e.to)}`;
            return (
              <li key={edgeId(e)} className="connections__item">
                <span>{label}</span>
                <button
                  type="button"
                  className="button connections__disconnect"
                  aria-label={`Disconnect ${name(e.from)} from ${name(e.to)}`}
                  onClick={() => deleteEdge(useFranz, edgeId(e))}
                >
                  Disconnect
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <ConnectTo key={node.id} node={node} />
    </section>
  );
}

function ConnectTo({ node }: { node: PipelineNode }) {
  const doc = useFranz((s) => s.doc);
  const [open, setOpen] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const targets = connectTargets(doc, node.id);
  const [chosen, setChosen] = useState('');
  const target = targets.find((t) => t.id === chosen) ?? targets[0];
  const selectId = `connect-to-${node.id}`;
  const connect = () => {
    if (!target) return;
    const why = connectNodes(useFranz, node.id, target.id);
    setRefusal(why);
    setDone(why === null ? `Connected ${node.name} to ${target.name}.` : null);
    if (why === null) setChosen('');
  };
  return (
    <div className="connect-to">
      <button
        type="button"
        className="button"
        aria-expanded={open}
        onClick={() => {
          setOpen(!open);
          setRefusal(null);
          setDone(null);
        }}
      >
        Connect to…
      </button>
      {open &&
        (target ? (
          <div className="connect-to__form">
            <label htmlFor={selectId} className="connect-to__label">
              Connect {node.name} to
            </label>
            <select id={selectId} value={target.id} onChange={(e) => setChosen(e.target.value)}>
              {targets.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.label}
                </option>
              ))}
            </select>
            <button type="button" className="button button--primary" onClick={connect}>
              Connect
            </button>
          </div>
        ) : (
          <p className="inspector__hint">{noTargetsReason(node.kind)}</p>
        ))}
      {open && (
        <p className="connect-to__done" role="status">
          {done}
        </p>
      )}
      {refusal && (
        <p className="connect-to__refusal" role="alert">
          {refusal}
        </p>
      )}
    </div>
  );
}
