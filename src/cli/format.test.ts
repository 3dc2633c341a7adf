// Names come from the design: printed to a terminal, their control characters must arrive as text.
import { describe, expect, it } from 'vitest';
import { createSimulation, parseDocument } from '../engine';
import { escapeJson, escapeLines, escapeText } from './escape';
import { formatEvents, formatReport } from './format';

/** OSC 0 (set the window title) ended by BEL; CSI as one C1 character; a right-to-left override; DEL. */
const TITLE = '\u001b]0;pwned\u0007';
const CSI = '\u009b2J';
const RLO = 'gpj.\u202eexe';

/** Any character a terminal acts on, but the newline between lines. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function hostileRun() {
  const parsed = parseDocument({
    format: 'franz.pipeline',
    version: 1,
    name: `design ${RLO}`,
    cluster: { brokers: [{ id: 1, rack: `rack${CSI}` }] },
    nodes: [
      { id: 's', kind: 'source', name: `shop ${TITLE}`, config: { rate: 100 } },
      { id: 't', kind: 'topic', name: 'orders', config: { partitions: 2 } },
      { id: 'k', kind: 'sink', name: 'billing', config: { groupId: `billing\u007f${TITLE}` } },
    ],
    edges: [
      { from: 's', to: 't' },
      { from: 't', to: 'k' },
    ],
  });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const sim = createSimulation(parsed.doc, { seed: 1 });
  sim.runUntil(10_000);
  return { sim, name: parsed.doc.name };
}

describe('escapeText', () => {
  it('writes C0, DEL and C1 as \\xNN and bidirectional controls as \\u{NNNN}', () => {
    expect(escapeText(TITLE)).toBe('\\x1b]0;pwned\\x07');
    expect(escapeText(`a\u007fb\u0085c${CSI}`)).toBe('a\\x7fb\\x85c\\x9b2J');
    expect(escapeText(RLO)).toBe('gpj.\\u{202e}exe');
    expect(escapeText('\u2066x\u2069\u200f')).toBe('\\u{2066}x\\u{2069}\\u{200f}');
    expect(escapeText('line\nbreak\ttab\r')).toBe('line\\x0abreak\\x09tab\\x0d');
  });

  it('leaves ordinary text alone, accents and emoji included', () => {
    expect(escapeText('Zürich → 🚀 "quoted" \\')).toBe('Zürich → 🚀 "quoted" \\');
  });

  it('escapeLines keeps the newlines of a message of several lines', () => {
    expect(escapeLines(`a\n  b${TITLE}`)).toBe('a\n  b\\x1b]0;pwned\\x07');
  });

  it('escapeJson writes DEL, C1 and bidi controls as \\uNNNN: the same value when parsed', () => {
    const value = { name: `${TITLE}${CSI}\u007f${RLO}` };
    const json = escapeJson(JSON.stringify(value));
    expect(json).toBe('{"name":"\\u001b]0;pwned\\u0007\\u009b2J\\u007fgpj.\\u202eexe"}');
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('formatReport with hostile names', () => {
  it('prints every name escaped, and no raw control character anywhere', () => {
    const { sim, name } = hostileRun();
    const text = formatReport(sim.report(), name);
    expect(RAW.test(text)).toBe(false);
    expect(text.split('\n')[0]).toBe('design gpj.\\u{202e}exe: 10.0 s simulated, seed 1');
    expect(text).toContain('shop \\x1b]0;pwned\\x07');
    expect(text).toContain('rack\\x9b2J');
    expect(text).toContain('Group billing\\x7f\\x1b]0;pwned\\x07: Stable');
    // The member's client id is made of the group id: escaped in the member table too.
    expect(text).toContain('billing\\x7f\\x1b]0;pwned\\x07-consumer-');
  });

  it('keeps the columns aligned on the escaped text', () => {
    const { sim, name } = hostileRun();
    const lines = formatReport(sim.report(), name).split('\n');
    const header = lines.findIndex((l) => l.startsWith('  producer'));
    // "produced" starts where the escaped name's column ends, in the header and in the row alike.
    const column = lines[header]!.indexOf('produced');
    expect(lines[header + 1]!.slice(0, column).trimEnd()).toBe('  shop \\x1b]0;pwned\\x07');
    expect(lines[header + 1]![column - 1]).toBe(' ');
  });

  it('escapes the events, which quote group ids and topic names', () => {
    const { sim } = hostileRun();
    const text = formatEvents(sim.recentEvents());
    expect(text).toContain('billing\\x7f\\x1b]0;pwned\\x07');
    expect(RAW.test(text)).toBe(false);
  });
});

describe('formatReport per group', () => {
  it("shows Burrow's status, the lag in time and the consumers needed, and when partitions cap them", () => {
    // 1,000 records/s round-robin over 4 partitions, 4 consumers of 200 records/s: it falls behind.
    const parsed = parseDocument({
      format: 'franz.pipeline',
      version: 1,
      cluster: {},
      nodes: [
        { id: 's', kind: 'source', name: 'shop', config: { rate: 1000, partitioner: 'roundrobin' } },
        { id: 't', kind: 'topic', name: 'orders', config: { partitions: 4 } },
        { id: 'k', kind: 'sink', name: 'billing', config: { consumers: 4, processingRate: 200 } },
      ],
      edges: [
        { from: 's', to: 't' },
        { from: 't', to: 'k' },
      ],
    });
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const sim = createSimulation(parsed.doc, { seed: 1 });
    sim.runUntil(40_000);
    const report = sim.report();
    const line = formatReport(report, 'slow')
      .split('\n')
      .find((l) => l.startsWith('  status '));
    const lag = report.groups[0]!.lagSeconds.toFixed(1);
    expect(line).toBe(
      `  status WARN (Burrow): orders-0 WARN, orders-1 WARN, orders-2 WARN, orders-3 WARN, lag ${lag} s of production, needs 5 consumers, more than its 4 partitions keep busy: add partitions`,
    );
  });
});

describe('a source with a load profile', () => {
  it('shows the rate its profile asks for now beside its name', () => {
    const parsed = parseDocument({
      format: 'franz.pipeline',
      version: 1,
      nodes: [
        {
          id: 's',
          kind: 'source',
          name: 'shop',
          config: { rate: 100, profile: { type: 'step', stepAtMs: 1000, stepRate: 2500 } },
        },
        { id: 't', kind: 'topic', name: 'orders' },
      ],
      edges: [{ from: 's', to: 't' }],
    });
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const sim = createSimulation(parsed.doc, { seed: 1 });
    sim.step(2000);
    expect(formatReport(sim.report(), 'shop design')).toContain('shop (profile: 2,500/s now)');
  });
});
