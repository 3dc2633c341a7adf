// Text from a design or a file on its way to a terminal: control characters escaped, so a name cannot clear the
// screen, set the window title or turn the rest of the line around.

/**
 * C0 controls, DEL and C1 controls (ECMA-48: ESC and CSI start terminal commands) and the bidirectional
 * controls (Unicode's "Trojan Source" set: LRE..RLO U+202A-202E, isolates U+2066-2069, and the marks).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_BUT_NEWLINE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const escaped = (c: string) => {
  const code = c.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
};

/** A name or a value, on one line: every control character as \xNN or \u{NNNN}, a newline too. */
export function escapeText(text: string): string {
  return text.replace(UNSAFE, escaped);
}

/** A message of several lines: the newlines stay, every other control character is escaped. */
export function escapeLines(text: string): string {
  return text.replace(UNSAFE_BUT_NEWLINE, escaped);
}

/**
 * JSON text as JSON.stringify wrote it, with DEL, C1 and bidirectional controls also written as \uNNNN escapes
 * (JSON.stringify escapes only C0): the same value when parsed, nothing a terminal acts on when printed.
 */
export function escapeJson(json: string): string {
  return json.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
