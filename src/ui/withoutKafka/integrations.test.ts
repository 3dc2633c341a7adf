import { describe, expect, it } from 'vitest';
import { parseDocument, type PipelineDocument } from '../../engine';
import example from '../../../examples/article-pipeline.json';
import {
  connectionsText,
  countIntegrations,
  endpointList,
  integrationsText,
  toEndpoints,
} from './integrations';
import { clip, columnLayout } from './layout';

function parse(input: unknown): PipelineDocument {
  const parsed = parseDocument(input);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.doc;
}

const articleDesign = () => parse(example);

describe('integrations without and with Kafka', () => {
  it("counts the article's five sources and four sinks", () => {
    const { sources, targets } = toEndpoints(endpointList(articleDesign()));
    expect(sources.map((s) => s.name)).toEqual(['Web app', 'Mobile app', 'Payments', 'IoT sensors', 'CRM']);
    expect(targets.map((t) => t.name)).toEqual(['Database', 'Analytics', 'Email', 'Search']);
    const counts = countIntegrations(sources.length, targets.length);
    expect(counts).toEqual({ sources: 5, targets: 4, integrations: 20, connections: 9 });
    expect(integrationsText(counts)).toBe('5 × 4 = 20 integrations');
    expect(connectionsText(counts)).toBe('5 + 4 = 9 connections');
  });

  it('counts processors as targets and leaves topics out', () => {
    const doc = parse({
      format: 'franz.pipeline',
      version: 1,
      nodes: [
        { id: 'shop', kind: 'source', name: 'Shop', config: {} },
        { id: 'orders', kind: 'topic', name: 'orders', config: {} },
        { id: 'db', kind: 'sink', name: 'Database', config: {} },
        { id: 'enrich', kind: 'processor', name: 'Enricher', config: {} },
      ],
      edges: [],
    });
    const { sources, targets } = toEndpoints(endpointList(doc));
    expect(sources).toEqual([{ kind: 'source', name: 'Shop' }]);
    expect(targets).toEqual([
      { kind: 'sink', name: 'Database' },
      { kind: 'processor', name: 'Enricher' },
    ]);
  });

  it('grows as a product without Kafka and as a sum with it', () => {
    expect(integrationsText(countIntegrations(6, 4))).toBe('6 × 4 = 24 integrations');
    expect(connectionsText(countIntegrations(6, 4))).toBe('6 + 4 = 10 connections');
    expect(countIntegrations(20, 20)).toEqual({
      sources: 20,
      targets: 20,
      integrations: 400,
      connections: 40,
    });
    expect(integrationsText(countIntegrations(0, 4))).toBe('0 × 4 = 0 integrations');
  });
});

describe('diagram layout', () => {
  it('spreads the shorter column over the same height', () => {
    const l = columnLayout(5, 4);
    expect(l.sourceY).toHaveLength(5);
    expect(l.targetY).toHaveLength(4);
    expect(l.sourceY[0]).toBeCloseTo(l.height / 10);
    expect(l.targetY[0]).toBeCloseTo(l.height / 8);
    expect(l.targetY[3]).toBeCloseTo((l.height * 7) / 8);
  });

  it('keeps rows and labels readable at 20 × 20', () => {
    const l = columnLayout(20, 20);
    expect(l.rowHeight).toBeGreaterThanOrEqual(28);
    expect(l.fontSize).toBeGreaterThanOrEqual(13);
    expect(l.boxHeight).toBeLessThan(l.rowHeight);
  });

  it('clips long names with an ellipsis', () => {
    expect(clip('Search', 10)).toBe('Search');
    expect(clip('Customer relationship manager', 12)).toBe('Customer re…');
  });
});
