// Plain objects keyed by names a person gives (topics, group ids, member ids, node ids). Kafka allows a topic
// named "__proto__", "constructor" or "toString"; on an ordinary `{}` writing such a key replaces the prototype
// and reading it finds Object.prototype's function. So these records have no prototype, and readers of records
// that came through JSON or postMessage (which have one again) read own properties only.

/** An empty record with no prototype: `record['__proto__'] = x` stores a key like any other. */
export function nameRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** A record with no prototype holding these entries, in their order. */
export function nameRecordOf<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  const out = nameRecord<T>();
  for (const [name, value] of entries) out[name] = value;
  return out;
}

/** The record's own value for `name`; undefined when it has none, never a property inherited from Object. */
export function ownValue<T>(record: Readonly<Record<string, T>>, name: string): T | undefined {
  return Object.hasOwn(record, name) ? record[name] : undefined;
}
