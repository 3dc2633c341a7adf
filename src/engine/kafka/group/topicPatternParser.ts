// Parses a subscription pattern into a tree for the linear-time matcher (topicPattern.ts), refusing what RE2J
// refuses (KIP-848) in its words.

/** RE2J's maximum repeat count ("invalid repeat count" above it). */
const MAX_REPEAT = 1000;
/** Programs larger than this are refused: `(a{1000}){1000}` would need a million instructions. */
export const MAX_PROGRAM = 20_000;

export const RE2J =
  "Kafka's broker matches subscription patterns with RE2J (KIP-848), which does not support";

export type Ranges = number[]; // [lo0, hi0, lo1, hi1, ...] code points, inclusive
export type Node =
  | { t: 'set'; ranges: Ranges; negated: boolean }
  | { t: 'cat'; items: Node[] }
  | { t: 'alt'; items: Node[] }
  | { t: 'rep'; item: Node; min: number; max: number } // max -1: unbounded
  | { t: 'begin' }
  | { t: 'end' }
  | { t: 'word'; negated: boolean };

export class PatternError extends Error {}

const DIGIT: Ranges = [0x30, 0x39];
export const WORD: Ranges = [0x30, 0x39, 0x41, 0x5a, 0x5f, 0x5f, 0x61, 0x7a];
/** Java's \s: [ \t\n\x0B\f\r]. */
const SPACE: Ranges = [0x09, 0x0d, 0x20, 0x20];
/** `.`: any character but a line terminator (Java's \n \r \u0085 \u2028 \u2029). */
const DOT: Ranges = [0x0a, 0x0a, 0x0d, 0x0d, 0x85, 0x85, 0x2028, 0x2029];

function single(cp: number): Node {
  return { t: 'set', ranges: [cp, cp], negated: false };
}

export class Parser {
  private i = 0;
  private readonly cps: number[];
  constructor(source: string) {
    this.cps = Array.from(source, (c) => c.codePointAt(0)!);
  }

  parse(): Node {
    const node = this.alternation();
    if (this.i < this.cps.length) throw new PatternError(`Unmatched closing ')' at index ${this.i}`);
    return node;
  }

  private peek(offset = 0): number | undefined {
    return this.cps[this.i + offset];
  }
  private is(ch: string, offset = 0): boolean {
    return this.peek(offset) === ch.codePointAt(0);
  }

  private alternation(): Node {
    const items = [this.concatenation()];
    while (this.is('|')) {
      this.i++;
      items.push(this.concatenation());
    }
    return items.length === 1 ? items[0]! : { t: 'alt', items };
  }

  private concatenation(): Node {
    const items: Node[] = [];
    while (this.i < this.cps.length && !this.is('|') && !this.is(')')) items.push(this.repetition());
    return { t: 'cat', items };
  }

  private repetition(): Node {
    let node = this.atom();
    const bounds = this.quantifier();
    if (!bounds) return node;
    // A lazy quantifier (`*?`) finds the same whole-name matches as a greedy one.
    if (this.is('?')) this.i++;
    else if (this.is('+')) throw new PatternError(`possessive quantifiers (such as "a*+"): ${RE2J} them`);
    node = { t: 'rep', item: node, min: bounds[0], max: bounds[1] };
    if (this.quantifierAhead())
      throw new PatternError(
        `Dangling meta character '${String.fromCodePoint(this.cps[this.i]!)}' at index ${this.i}: nested repetition`,
      );
    return node;
  }

  private quantifierAhead(): boolean {
    return this.is('*') || this.is('+') || this.is('?') || (this.is('{') && this.countedAhead() !== null);
  }

  private quantifier(): [number, number] | null {
    if (this.is('*')) return (this.i++, [0, -1]);
    if (this.is('+')) return (this.i++, [1, -1]);
    if (this.is('?')) return (this.i++, [0, 1]);
    if (!this.is('{')) return null;
    const counted = this.countedAhead();
    if (!counted) throw new PatternError(`Illegal repetition near index ${this.i}: write \\{ for a "{"`);
    this.i = counted.next;
    return [counted.min, counted.max];
  }

  /** `{n}`, `{n,}` or `{n,m}` at the cursor, without moving it. */
  private countedAhead(): { min: number; max: number; next: number } | null {
    let j = this.i + 1;
    const number = (): number | null => {
      const start = j;
      while (j < this.cps.length && this.cps[j]! >= 0x30 && this.cps[j]! <= 0x39) j++;
      if (j === start) return null;
      return Number(String.fromCodePoint(...this.cps.slice(start, j)));
    };
    const min = number();
    if (min === null) return null;
    let max = min;
    if (this.cps[j] === 0x2c) {
      j++;
      const m = number();
      max = m === null ? -1 : m;
    }
    if (this.cps[j] !== 0x7d) return null;
    if (min > MAX_REPEAT || max > MAX_REPEAT)
      throw new PatternError(`invalid repeat count: at most ${MAX_REPEAT} (RE2J's limit)`);
    if (max !== -1 && max < min) throw new PatternError(`Illegal repetition range {${min},${max}}`);
    return { min, max, next: j + 1 };
  }

  private atom(): Node {
    const cp = this.cps[this.i]!;
    const ch = String.fromCodePoint(cp);
    switch (ch) {
      case '(':
        return this.group();
      case '[':
        return this.charClass();
      case '.':
        this.i++;
        return { t: 'set', ranges: DOT, negated: true };
      case '^':
        this.i++;
        return { t: 'begin' };
      case '$':
        this.i++;
        return { t: 'end' };
      case '\\':
        return this.escape(false);
      case '*':
      case '+':
      case '?':
        throw new PatternError(`Dangling meta character '${ch}' near index ${this.i}`);
      case '{':
        throw new PatternError(`Illegal repetition near index ${this.i}: write \\{ for a "{"`);
      default:
        this.i++;
        return single(cp);
    }
  }

  private group(): Node {
    const open = this.i;
    this.i++;
    if (this.is('?')) {
      if (this.is(':', 1)) this.i += 2;
      else if (this.is('=', 1) || this.is('!', 1))
        throw new PatternError(
          `lookahead "(?${String.fromCodePoint(this.peek(1)!)}...)": ${RE2J} lookaround`,
        );
      else if (this.is('<', 1) && (this.is('=', 2) || this.is('!', 2)))
        throw new PatternError(
          `lookbehind "(?<${String.fromCodePoint(this.peek(2)!)}...)": ${RE2J} lookaround`,
        );
      else if (this.is('<', 1) || (this.is('P', 1) && this.is('<', 2))) {
        // A named group captures like any group: the name plays no part in a whole-name match.
        const close = this.cps.indexOf(0x3e, this.i);
        if (close < 0) throw new PatternError(`named group at index ${open} has no closing ">"`);
        this.i = close + 1;
      } else if (this.is('>', 1)) throw new PatternError(`atomic groups "(?>...)": ${RE2J} them`);
      else
        throw new PatternError(
          `inline flags such as "(?i)" are not supported in a subscription pattern here`,
        );
    }
    const inner = this.alternation();
    if (!this.is(')')) throw new PatternError(`Unclosed group near index ${open}`);
    this.i++;
    return inner;
  }

  /** A backslash escape: a class (`\d`), an anchor (`\A`), a control character (`\t`) or a literal (`\.`). */
  private escape(inClass: boolean): Node {
    const at = this.i;
    this.i++;
    const cp = this.cps[this.i];
    if (cp === undefined)
      throw new PatternError(`Unexpected internal error near index ${at}: a pattern cannot end with "\\"`);
    this.i++;
    const ch = String.fromCodePoint(cp);
    switch (ch) {
      case 'd':
        return { t: 'set', ranges: DIGIT, negated: false };
      case 'D':
        return { t: 'set', ranges: DIGIT, negated: true };
      case 'w':
        return { t: 'set', ranges: WORD, negated: false };
      case 'W':
        return { t: 'set', ranges: WORD, negated: true };
      case 's':
        return { t: 'set', ranges: SPACE, negated: false };
      case 'S':
        return { t: 'set', ranges: SPACE, negated: true };
      case 't':
        return single(0x09);
      case 'n':
        return single(0x0a);
      case 'r':
        return single(0x0d);
      case 'f':
        return single(0x0c);
      case 'a':
        return single(0x07);
      case 'e':
        return single(0x1b);
      case 'x':
        return single(this.hex(2));
      case 'u':
        return single(this.hex(4));
    }
    if (!inClass) {
      if (ch === 'A') return { t: 'begin' };
      if (ch === 'z' || ch === 'Z') return { t: 'end' };
      if (ch === 'b') return { t: 'word', negated: false };
      if (ch === 'B') return { t: 'word', negated: true };
    }
    if (cp >= 0x31 && cp <= 0x39) throw new PatternError(`backreferences such as "\\${ch}": ${RE2J} them`);
    if (ch === 'k') throw new PatternError(`named backreferences "\\k<...>": ${RE2J} them`);
    if (ch === 'Q')
      throw new PatternError('quoting with \\Q...\\E is not supported here: escape each character');
    if (ch === 'p' || ch === 'P')
      throw new PatternError(
        `character properties "\\${ch}{...}" are not supported here: use a class such as [a-z]`,
      );
    // Java: an escaped letter or digit with no meaning is an error; escaped punctuation is the character itself.
    if (/[a-zA-Z0-9]/.test(ch))
      throw new PatternError(`Illegal/unsupported escape sequence "\\${ch}" near index ${at}`);
    return single(cp);
  }

  private hex(digits: number): number {
    const text = String.fromCodePoint(...this.cps.slice(this.i, this.i + digits));
    if (text.length !== digits || !/^[0-9a-fA-F]+$/.test(text))
      throw new PatternError(`Illegal hexadecimal escape sequence near index ${this.i}`);
    this.i += digits;
    return parseInt(text, 16);
  }

  private charClass(): Node {
    const open = this.i;
    this.i++;
    let negated = false;
    if (this.is('^')) {
      negated = true;
      this.i++;
    }
    const ranges: number[] = [];
    let first = true;
    for (;;) {
      const cp = this.peek();
      if (cp === undefined) throw new PatternError(`Unclosed character class near index ${open}`);
      if (cp === 0x5d && !first) break; // ']'; a first ']' is the character itself
      first = false;
      if (cp === 0x5b)
        throw new PatternError(
          'a "[" inside a character class must be escaped as \\[ (nested classes are not supported)',
        );
      if (cp === 0x26 && this.is('&', 1)) throw new PatternError(`class intersection "&&": ${RE2J} it`);
      const lo = this.classAtom(ranges);
      if (lo === null) continue;
      if (this.is('-') && this.peek(1) !== undefined && !this.is(']', 1)) {
        this.i++;
        const hi = this.classAtom(ranges);
        if (hi === null) throw new PatternError(`Illegal character range near index ${this.i}`);
        if (hi < lo)
          throw new PatternError(
            `Illegal character range near index ${this.i}: ${String.fromCodePoint(lo)} > ${String.fromCodePoint(hi)}`,
          );
        ranges.push(lo, hi);
      } else ranges.push(lo, lo);
    }
    this.i++;
    return { t: 'set', ranges, negated };
  }

  /** One character of a class (returned), or a class escape such as \d (its ranges added, null returned). */
  private classAtom(into: number[]): number | null {
    const cp = this.cps[this.i]!;
    if (cp !== 0x5c) {
      this.i++;
      return cp;
    }
    const node = this.escape(true);
    if (node.t !== 'set') throw new PatternError('Illegal escape inside a character class');
    if (node.negated) {
      // \D, \W, \S inside a class: the complement of their ranges.
      let next = 0;
      for (let k = 0; k < node.ranges.length; k += 2) {
        if (node.ranges[k]! > next) into.push(next, node.ranges[k]! - 1);
        next = node.ranges[k + 1]! + 1;
      }
      into.push(next, 0x10ffff);
      return null;
    }
    if (node.ranges.length === 2 && node.ranges[0] === node.ranges[1]) return node.ranges[0]!;
    into.push(...node.ranges);
    return null;
  }
}
