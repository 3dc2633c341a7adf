// A consumer's subscription pattern, matched in linear time. KIP-848 moves pattern subscriptions to the broker,
// which compiles them with RE2J (com.google.re2j.Pattern): no backtracking, so no pattern can make a match take
// exponential time. This is the same idea, small: the pattern is parsed into a tree, compiled into a Thompson NFA,
// and run as a Pike VM over the topic name (time proportional to name length x program size). Matching is whole
// names, as Pattern.matcher(topic).matches(). What RE2J refuses (backreferences, lookaround, possessive and atomic
// groups) is refused here with the reason, and so is what this matcher does not know (flags, \p{...}, nested classes).
import { MAX_PROGRAM, Parser, PatternError, WORD, type Node } from './topicPatternParser';

/** A compiled pattern, or why it cannot be one. */
export type TopicPatternResult = { ok: true; pattern: TopicPattern } | { ok: false; error: string };

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
