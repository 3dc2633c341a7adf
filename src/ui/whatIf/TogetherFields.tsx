import { Fragment } from 'react';

interface Setting {
  path: string;
  label: string;
}

/**
 * The settings a sweep moves with the first one, each set to the same value at every step: a select per setting
 * with a button to remove it (in the form's row, after the first setting), then a button that adds one.
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
  const free = paths.find((p) => !taken.has(p.path));
  const fields = together.map((path, i) => (
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
  return (
    <>
      {fields}
      {free && (
        <button type="button" className="whatif__add" onClick={() => onChange([...together, free.path])}>
          + Another setting, same values
        </button>
      )}
    </>
  );
}

/**
 * Where the first setting is a topic's partitions, buttons that add the consumers of each group reading the topic
 * (`suggested`, those not yet moved with it): a group's consumers beyond the partition count sit idle, so the two
 * are usually moved together.
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
  if (offers.length === 0) return null;
  return (
    <div className="whatif__together" role="group" aria-label="Move together">
      <span>Consumers beyond the partition count sit idle: give the readers as many?</span>
      {offers.map((path) => (
        <button key={path} type="button" onClick={() => onChange([...together, path])}>
          + {labelOf(path)}
        </button>
      ))}
    </div>
  );
}
