// A consumer's subscription pattern, matched in linear time. KIP-848 moves pattern subscriptions to the broker,
// which compiles them with RE2J (com.google.re2j.Pattern): no backtracking, so no pattern can make a match take
// exponential time. This is the same idea, small: the pattern is parsed into a tree, compiled into a Thompson NFA,
// and run as a Pike VM over the topic name (time proportional to name length x program size). Matching is whole
// names, as Pattern.matcher(topic).matches(). What RE2J refuses (backreferences, lookaround, possessive and atomic
// groups) is refused here with the reason, and so is what this matcher does not know (flags, \p{...}, nested classes).

/** A compiled pattern, or why it cannot be one. */
export type TopicPatternResult = { ok: true; pattern: TopicPattern } | { ok: false; error: string };

/** RE2J's maximum repeat count ("invalid repeat count" above it). */
const MAX_REPEAT = 1000;
/** Programs larger than this are refused: `(a{1000}){1000}` would need a million instructions. */
const MAX_PROGRAM = 20_000;

const RE2J = "Kafka's broker matches subscription patterns with RE2J (KIP-848), which does not support";

type Ranges = number[]; // [lo0, hi0, lo1, hi1, ...] code points, inclusive
type Node =
  | { t: 'set'; ranges: Ranges; negated: boolean }
  | { t: 'cat'; items: Node[] }
  | { t: 'alt'; items: Node[] }
  | { t: 'rep'; item: Node; min: number; max: number } // max -1: unbounded
  | { t: 'begin' }
  | { t: 'end' }
  | { t: 'word'; negated: boolean };

class PatternError extends Error {}

const DIGIT: Ranges = [0x30, 0x39];
const WORD: Ranges = [0x30, 0x39, 0x41, 0x5a, 0x5f, 0x5f, 0x61, 0x7a];
/** Java's \s: [ \t\n\x0B\f\r]. */
const SPACE: Ranges = [0x09, 0x0d, 0x20, 0x20];
/** `.`: any character but a line terminator (Java's \n \r \u0085 \u2028 \u2029). */
const DOT: Ranges = [0x0a, 0x0a, 0x0d, 0x0d, 0x85, 0x85, 0x2028, 0x2029];

function single(cp: number): Node {
  return { t: 'set', ranges: [cp, cp], negated: false };
}

class Parser {
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

// The program: one instruction per slot, in parallel arrays.
const CHAR = 0;
const SPLIT = 1;
const JMP = 2;
const MATCH = 3;
const BEGIN = 4;
const END = 5;
const WORD_BOUNDARY = 6;
const NOT_WORD_BOUNDARY = 7;

class Program {
  readonly op: number[] = [];
  readonly x: number[] = [];
  readonly y: number[] = [];
  readonly sets: (Node & { t: 'set' })[] = [];

  emit(op: number, x = 0, y = 0): number {
    if (this.op.length >= MAX_PROGRAM)
      throw new PatternError('the pattern is too large (too many repetitions) to match');
    this.op.push(op);
    this.x.push(x);
    this.y.push(y);
    return this.op.length - 1;
  }

  compile(node: Node): void {
    switch (node.t) {
      case 'set':
        this.sets.push(node);
        this.emit(CHAR, this.sets.length - 1);
        return;
      case 'begin':
        this.emit(BEGIN);
        return;
      case 'end':
        this.emit(END);
        return;
      case 'word':
        this.emit(node.negated ? NOT_WORD_BOUNDARY : WORD_BOUNDARY);
        return;
      case 'cat':
        for (const item of node.items) this.compile(item);
        return;
      case 'alt': {
        const jumps: number[] = [];
        node.items.forEach((item, k) => {
          if (k < node.items.length - 1) {
            const split = this.emit(SPLIT);
            this.x[split] = split + 1;
            this.compile(item);
            jumps.push(this.emit(JMP));
            this.y[split] = this.op.length;
          } else this.compile(item);
        });
        for (const j of jumps) this.x[j] = this.op.length;
        return;
      }
      case 'rep': {
        for (let k = 0; k < node.min; k++) this.compile(node.item);
        if (node.max === -1) {
          // L: split body, out; body; jmp L
          const split = this.emit(SPLIT);
          this.x[split] = split + 1;
          this.compile(node.item);
          this.emit(JMP, split);
          this.y[split] = this.op.length;
          return;
        }
        // Optional copies, each skipping to the end: x{2,4} = xx(x(x)?)?
        const splits: number[] = [];
        for (let k = node.min; k < node.max; k++) {
          const split = this.emit(SPLIT);
          this.x[split] = split + 1;
          splits.push(split);
          this.compile(node.item);
        }
        for (const s of splits) this.y[s] = this.op.length;
        return;
      }
    }
  }
}

function inSet(set: Node & { t: 'set' }, cp: number): boolean {
  const r = set.ranges;
  let hit = false;
  for (let k = 0; k < r.length; k += 2)
    if (cp >= r[k]! && cp <= r[k + 1]!) {
      hit = true;
      break;
    }
  return hit !== set.negated;
}

function isWordChar(cp: number | undefined): boolean {
  return cp !== undefined && inSet({ t: 'set', ranges: WORD, negated: false }, cp);
}

export class TopicPattern {
  /** Per instruction: the step at which it was last added, so each is added once per step. */
  private readonly seen: Int32Array;
  private clist: Int32Array;
  private nlist: Int32Array;
  private generation = 0;

  constructor(
    readonly source: string,
    private readonly program: Program,
  ) {
    const size = program.op.length;
    this.seen = new Int32Array(size).fill(-1);
    this.clist = new Int32Array(size);
    this.nlist = new Int32Array(size);
  }

  /** Whether the whole name matches (Pattern.matcher(name).matches()). */
  matches(name: string): boolean {
    const cps = Array.from(name, (c) => c.codePointAt(0)!);
    const p = this.program;
    let count = this.add(this.clist, 0, 0, cps);
    for (let pos = 0; pos < cps.length; pos++) {
      if (count === 0) return false;
      const cp = cps[pos]!;
      let next = 0;
      this.generation++;
      for (let k = 0; k < count; k++) {
        const pc = this.clist[k]!;
        if (p.op[pc] === CHAR && inSet(p.sets[p.x[pc]!]!, cp))
          next = this.addTo(this.nlist, next, pc + 1, pos + 1, cps);
      }
      const swap = this.clist;
      this.clist = this.nlist;
      this.nlist = swap;
      count = next;
    }
    for (let k = 0; k < count; k++) if (p.op[this.clist[k]!] === MATCH) return true;
    return false;
  }

  private add(list: Int32Array, count: number, pc: number, cps: number[]): number {
    this.generation++;
    return this.addTo(list, count, pc, 0, cps);
  }

  /** Follows the empty moves from pc at position pos, adding each reachable instruction once (the Pike VM's addthread). */
  private addTo(list: Int32Array, count: number, start: number, pos: number, cps: number[]): number {
    const p = this.program;
    const stack = [start];
    while (stack.length) {
      const pc = stack.pop()!;
      if (this.seen[pc] === this.generation) continue;
      this.seen[pc] = this.generation;
      switch (p.op[pc]) {
        case JMP:
          stack.push(p.x[pc]!);
          break;
        case SPLIT:
          stack.push(p.y[pc]!, p.x[pc]!);
          break;
        case BEGIN:
          if (pos === 0) stack.push(pc + 1);
          break;
        case END:
          if (pos === cps.length) stack.push(pc + 1);
          break;
        case WORD_BOUNDARY:
        case NOT_WORD_BOUNDARY: {
          const boundary = isWordChar(cps[pos - 1]) !== isWordChar(cps[pos]);
          if (boundary === (p.op[pc] === WORD_BOUNDARY)) stack.push(pc + 1);
          break;
        }
        default:
          list[count++] = pc;
      }
    }
    return count;
  }
}

/** Compiles a subscription pattern, or says why it cannot be (in java.util.regex's words where it has them). */
export function compileTopicPattern(source: string): TopicPatternResult {
  try {
    const tree = new Parser(source).parse();
    const program = new Program();
    program.compile(tree);
    program.emit(MATCH);
    return { ok: true, pattern: new TopicPattern(source, program) };
  } catch (e) {
    if (e instanceof PatternError) return { ok: false, error: e.message };
    throw e;
  }
}
