import { Fragment } from 'react';

interface Setting {
  path: string;
  label: string;
}

/**
 * The settings a sweep moves with the first one, each set to the same value at every step: a select per setting
 * with a button to remove it (in the form's row, after the first setting).
 */
export function TogetherFields({
  paths,
  first,
  together,
  onChange,
}: {
  paths: readonly Setting[];
  first: string;
  together: readonly string[];
  onChange: (together: string[]) => void;
}) {
  const taken = new Set([first, ...together]);
  const labelOf = (path: string) => paths.find((p) => p.path === path)?.label ?? path;
  return together.map((path, i) => (
    <Fragment key={path}>
      <span className="whatif__equals" aria-hidden="true">
        =
      </span>
      <div className="whatif__field">
        <label htmlFor={`sweep-together-${i}`}>and set to the same value</label>
        <span className="whatif__together-control">
          <select
            id={`sweep-together-${i}`}
            value={path}
            onChange={(e) => onChange(together.map((p, j) => (j === i ? e.target.value : p)))}
          >
            {paths
              .filter((p) => p.path === path || !taken.has(p.path))
              .map((p) => (
                <option key={p.path} value={p.path}>
                  {p.label}
                </option>
              ))}
          </select>
          <button
            type="button"
            className="whatif__remove"
            aria-label={`Stop setting ${labelOf(path)}`}
            title={`Stop setting ${labelOf(path)}`}
            onClick={() => onChange(together.filter((_, j) => j !== i))}
          >
            ×
          </button>
        </span>
      </div>
    </Fragment>
  ));
}

/**
 * Buttons that add a setting to move with the first. Where the first is a topic's partitions it offers the consumers
 * of the groups reading the topic (`suggested`), since a group's consumers beyond the partition count sit idle;
 * otherwise, or once those are taken, any other setting.
 */
export function TogetherOffers({
  paths,
  first,
  together,
  suggested,
  onChange,
}: {
  paths: readonly Setting[];
  first: string;
  together: readonly string[];
  suggested: readonly string[];
  onChange: (together: string[]) => void;
}) {
  const taken = new Set([first, ...together]);
  const labelOf = (path: string) => paths.find((p) => p.path === path)?.label ?? path;
  const offers = suggested.filter((p) => !taken.has(p));
  const free = paths.find((p) => !taken.has(p.path));
  if (offers.length === 0 && !free) return null;
  return (
    <div className="whatif__together" role="group" aria-label="Move together">
      {offers.length > 0 && (
        <span>
          A group's consumers beyond the partition count sit idle: set the readers' consumers to the same
          value too?
        </span>
      )}
      {offers.map((path) => (
        <button key={path} type="button" onClick={() => onChange([...together, path])}>
          + {labelOf(path)}
        </button>
      ))}
      {free && (
        <button type="button" onClick={() => onChange([...together, free.path])}>
          + {offers.length > 0 ? 'Another' : 'Set another'} setting to the same value
        </button>
      )}
    </div>
  );
}
