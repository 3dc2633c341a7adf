// Words for a POSIX shell: what could be read as anything but one literal word is single-quoted.

const PLAIN = /^[A-Za-z0-9._,:/=@%+-]+$/;

/** `word` as one literal shell word: unchanged when it is plain, else in single quotes ('\'' for a quote). */
export function shellQuote(word: string): string {
  if (PLAIN.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g;

/**
 * One line of a comment: line breaks and other control characters would end it, and bidirectional controls would
 * turn the text around on a screen (Trojan Source), so they are written as \uXXXX.
 */
export function commentText(text: string): string {
  return text.replace(CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
