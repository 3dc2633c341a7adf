import { describe, expect, it } from 'vitest';
import { groupColour, memberColour, PALETTE } from './colours';

describe('group and member colours', () => {
  it('gives the members of one group distinct colours from the palette, the first one the group colour', () => {
    const colours = Array.from({ length: PALETTE.length }, (_, i) => memberColour('analytics', i));
    expect(new Set(colours).size).toBe(PALETTE.length);
    expect(colours[0]).toBe(groupColour('analytics'));
    for (const c of colours) expect(PALETTE).toContain(c);
  });

  it('wraps around past ten members', () => {
    expect(memberColour('database', 10)).toBe(memberColour('database', 0));
  });

  it('is stable: the same group gets the same colours every time', () => {
    expect(groupColour('database')).toBe(groupColour('database'));
    expect(memberColour('search', 2)).toBe(memberColour('search', 2));
  });

  it('gives numbered groups made on the canvas (sink-1 ... sink-10) ten different colours', () => {
    const colours = Array.from({ length: 10 }, (_, i) => groupColour(`sink-${i + 1}`));
    expect(new Set(colours).size).toBe(10);
  });

  it('keeps apart the groups that share a topic in the article pipeline', () => {
    // user-events is read by database, analytics and search; customers by database, email and search.
    expect(new Set(['database', 'analytics', 'search'].map(groupColour)).size).toBe(3);
    expect(new Set(['database', 'email', 'search'].map(groupColour)).size).toBe(3);
  });
});
