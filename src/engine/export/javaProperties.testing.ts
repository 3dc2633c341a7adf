// java.util.Properties.load, small: reads `.properties` text back into its keys and values (in order) and its
// comment lines, so the exports' tests check what Kafka's clients would read, not the text they are written as.

export interface LoadedProperties {
  entries: [string, string][];
  comments: string[];
}

/** LineReader: natural lines joined into logical ones at an odd number of trailing backslashes. */
function logicalLines(text: string): { line: string; comment: boolean }[] {
  const natural = text.split(/\r\n|\r|\n/);
  const out: { line: string; comment: boolean }[] = [];
  for (let i = 0; i < natural.length; i++) {
    let line = natural[i]!.replace(/^[ \t\f]+/, '');
    if (line === '') continue;
    if (line.startsWith('#') || line.startsWith('!')) {
      out.push({ line, comment: true });
      continue;
    }
    while (/(^|[^\\])(\\\\)*\\$/.test(line) && i + 1 < natural.length)
      line = line.slice(0, -1) + natural[++i]!.replace(/^[ \t\f]+/, '');
    out.push({ line, comment: false });
  }
  return out;
}

/** Properties.loadConvert: \uXXXX, \t \n \r \f, and `\x` as `x`. */
function loadConvert(text: string): string {
  return text.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, e: string) => {
    if (e.length === 5) return String.fromCharCode(parseInt(e.slice(1), 16));
    return { t: '\t', n: '\n', r: '\r', f: '\f' }[e] ?? e;
  });
}

export function loadProperties(text: string): LoadedProperties {
  const result: LoadedProperties = { entries: [], comments: [] };
  for (const { line, comment } of logicalLines(text)) {
    if (comment) {
      result.comments.push(line.replace(/^[#!]\s?/, ''));
      continue;
    }
    // The key ends at the first unescaped '=', ':' or whitespace.
    let end = 0;
    while (end < line.length && !/[=: \t\f]/.test(line[end]!)) end += line[end] === '\\' ? 2 : 1;
    let rest = line.slice(end).replace(/^[ \t\f]*/, '');
    if (rest.startsWith('=') || rest.startsWith(':')) rest = rest.slice(1).replace(/^[ \t\f]*/, '');
    result.entries.push([loadConvert(line.slice(0, end)), loadConvert(rest)]);
  }
  return result;
}
