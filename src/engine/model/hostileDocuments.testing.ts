// Hostile design documents for the fuzz tests: the example design with a few of its values broken in the ways
// people and programs break them (wrong types, NaN, huge or negative numbers, JavaScript's own property names,
// long or invisible text, missing and extra keys, deep nesting, large lists), and sometimes nudged to values that
// are legal so that some of them run.
import fc from 'fast-check';
import example from '../../../examples/article-pipeline.json';

type Value = unknown;
type Path = (string | number)[];

const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'prototype'];

/** Values nobody should be able to put in a design and get a crash or a NaN out of. */
const hostileValue: fc.Arbitrary<Value> = fc.oneof(
  fc.constantFrom<Value>(
    NaN,
    Infinity,
    -Infinity,
    -1,
    -0,
    0,
    0.5,
    1e-300,
    1e300,
    -1e300,
    2 ** 31,
    2 ** 31 - 1,
    2 ** 53 + 2,
    Number.MAX_VALUE,
    '',
    'NaN',
    '1e3',
    ' 5 ',
    null,
    true,
    false,
    [],
    {},
    ...PROTOTYPE_NAMES,
    '\u0000\u001b[2J\u001b]0;title\u0007',
    '\u202e\u200b\ufeff',
    '\ud800',
    'ä'.repeat(300),
    '😀'.repeat(100),
    'x'.repeat(100_000),
  ),
  fc.integer({ min: -5, max: 5_000 }),
  fc.double(),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('fixed', 'uniform', 'zipf', 'list', 'none', 'all', '1', '0', 'range', 'sticky', 'earliest'),
  fc.integer({ min: 1, max: 1000 }).map((depth) => {
    let v: Value = 1;
    for (let k = 0; k < depth; k++) v = { a: v };
    return v;
  }),
  fc.integer({ min: 1, max: 20_000 }).map((n) => new Array<number>(n).fill(7)),
  fc
    .integer({ min: 1, max: 5_000 })
    .map((n) => Object.fromEntries(Array.from({ length: n }, (_, k) => [`k${k}`, k]))),
);

/** Every place in the document: objects and arrays (to add or delete under) and leaves (to replace). */
function places(value: Value, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => places(v, [...path, i], out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) places(v, [...path, k], out);
  return out;
}

function at(doc: Value, path: Path): Value {
  let v = doc;
  for (const p of path) v = (v as Record<string | number, Value>)[p];
  return v;
}

/** Sets an own property, even one named "__proto__" (as JSON.parse would make it). */
function setOwn(target: Record<string | number, Value>, key: string | number, value: Value): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

type Mutation =
  | { kind: 'replace'; place: number; value: Value }
  | { kind: 'delete'; place: number }
  | { kind: 'add'; place: number; key: string; value: Value }
  | { kind: 'rename'; node: number; name: string }
  | { kind: 'nudge'; place: number; value: number }
  | { kind: 'duplicate'; node: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant('replace' as const), place: fc.nat(), value: hostileValue }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), place: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('add' as const),
      place: fc.nat(),
      key: fc.oneof(fc.constantFrom(...PROTOTYPE_NAMES, 'rate', 'config', 'x'), fc.string({ maxLength: 60 })),
      value: hostileValue,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('rename' as const),
      node: fc.nat(),
      name: fc.oneof(
        fc.constantFrom(...PROTOTYPE_NAMES, '.', '..', 'a.b', 'a_b', '__consumer_offsets', 'x'.repeat(249)),
        fc.string({ minLength: 1, maxLength: 30 }),
      ),
    }),
  },
  // Legal-looking numbers, so that a share of the documents run.
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('nudge' as const),
      place: fc.nat(),
      value: fc.integer({ min: 0, max: 2000 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), node: fc.nat() }) },
);

function apply(doc: Record<string, Value>, m: Mutation): void {
  const nodes = doc.nodes as Record<string, Value>[] | undefined;
  if (m.kind === 'rename' || m.kind === 'duplicate') {
    if (!Array.isArray(nodes) || nodes.length === 0) return;
    const node = nodes[m.node % nodes.length];
    if (!node || typeof node !== 'object') return;
    if (m.kind === 'duplicate') nodes.push(JSON.parse(JSON.stringify(node)) as Record<string, Value>);
    else setOwn(node, 'name', m.name);
    return;
  }
  const all = places(doc);
  const path = all[m.place % all.length]!;
  if (m.kind === 'add') {
    const target = at(doc, path);
    if (target && typeof target === 'object' && !Array.isArray(target))
      setOwn(target as Record<string, Value>, m.key, m.value);
    return;
  }
  if (path.length === 0) return;
  const parent = at(doc, path.slice(0, -1)) as Record<string | number, Value>;
  const key = path[path.length - 1]!;
  if (m.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else if (m.kind === 'nudge') {
    if (typeof parent[key] === 'number') setOwn(parent, key, m.value);
  } else setOwn(parent, key, m.value);
}

/** The example design with one to four mutations: a plain object, as JSON.parse would give. */
export const hostileDocument: fc.Arbitrary<Record<string, Value>> = fc
  .array(mutation, { minLength: 1, maxLength: 4 })
  .map((mutations) => {
    const doc = JSON.parse(JSON.stringify(example)) as Record<string, Value>;
    for (const m of mutations) apply(doc, m);
    return doc;
  });
