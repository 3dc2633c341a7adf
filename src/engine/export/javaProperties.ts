// Text in the `.properties` format, escaped by java.util.Properties' rules (Properties.load, saveConvert), so
// Properties.load reads back exactly the key and value written, whatever characters a name holds.

import { commentText } from './shellQuote';

function hex4(code: number): string {
  return `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Properties.saveConvert for a key (`key` true): `\\`, spaces, `=`, `:`, `#`, `!` escaped, so the key ends where
 * Properties.load ends it. A value is read from after the separator to the end of the line, so only what load would
 * change is escaped there: `\\`, a leading space, line breaks, tabs and form feeds. Control characters and
 * everything past ASCII are written as \uXXXX either way, so the file reads the same as ISO-8859-1 (load(InputStream))
 * and as UTF-8 (load(Reader)).
 */
function saveConvert(text: string, key: boolean): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const code = text.charCodeAt(i);
    if (c === '\\') out += '\\\\';
    else if (c === ' ') out += i === 0 || key ? '\\ ' : ' ';
    else if (c === '\t') out += '\\t';
    else if (c === '\n') out += '\\n';
    else if (c === '\r') out += '\\r';
    else if (c === '\f') out += '\\f';
    else if (key && (c === '=' || c === ':' || c === '#' || c === '!')) out += `\\${c}`;
    else if (code < 0x20 || code > 0x7e) out += hex4(code);
    else out += c;
  }
  return out;
}

/** One `key=value` line. */
export function propertyLine(key: string, value: string): string {
  return `${saveConvert(key, true)}=${saveConvert(value, false)}`;
}

/**
 * One comment line (`# text`). A line break in the text would start a line that is not a comment (Properties.
 * writeComments starts a new comment there); here control characters are written as \uXXXX and the rest kept.
 */
export function commentLine(text: string): string {
  return `# ${commentText(text)}`;
}
