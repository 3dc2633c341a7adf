import { describe, expect, it } from 'vitest';
import { parseDocument, type PipelineDocument } from '../../engine';
import example from '../../../examples/article-pipeline.json';
import {
  connectionsText,
  countIntegrations,
  designFlows,
  integrationsText,
  wiringNote,
  type Flows,
} from './integrations';
import { clip, columnLayout } from './layout';

function parse(input: unknown): PipelineDocument {
  const parsed = parseDocument(input);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.doc;
}

const articleDesign = () => parse(example);

type Node = { id: string; kind: string; name: string; config?: Record<string, unknown> };

function design(nodes: Node[], edges: [string, string][]): PipelineDocument {
  return parse({
    format: 'franz.pipeline',
    version: 1,
    nodes: nodes.map((n) => ({ config: {}, ...n })),
    edges: edges.map(([from, to]) => ({ from, to })),
  });
}

/** "Web app -> Database" for each integration. */
const pairNames = (f: Flows) => f.pairs.map(([i, j]) => `${f.sources[i]!.name} -> ${f.targets[j]!.name}`);

describe('integrations without Kafka and connections with it, on the real wiring', () => {
  it('counts the 12 source–sink pairs the article pipeline wires, not 5 × 4, and its 9 connections', () => {
    const flows = designFlows(articleDesign());
    expect(flows.sources.map((s) => s.name)).toEqual([
      'Web app',
      'Mobile app',
      'Payments',
      'IoT sensors',
      'CRM',
    ]);
    expect(flows.targets.map((t) => t.name)).toEqual(['Database', 'Analytics', 'Email', 'Search']);
    // user-events -> Database, Analytics, Search; payments -> Database, Email; telemetry -> Analytics;
    // customers -> Database, Email, Search.
    expect(pairNames(flows)).toEqual([
      'Web app -> Database',
      'Web app -> Analytics',
      'Web app -> Search',
      'Mobile app -> Database',
      'Mobile app -> Analytics',
      'Mobile app -> Search',
      'Payments -> Database',
      'Payments -> Email',
      'IoT sensors -> Analytics',
      'CRM -> Database',
      'CRM -> Email',
      'CRM -> Search',
    ]);
    const counts = countIntegrations(flows);
    expect(counts).toEqual({
      sources: 5,
      targets: 4,
      integrations: 12,
      allPairs: 20,
      connections: 9,
      connectedSources: 5,
      connectedTargets: 4,
    });
    expect(integrationsText(counts)).toBe('12 integrations');
    expect(connectionsText(counts)).toBe('5 + 4 = 9 connections');
    expect(wiringNote(counts)).toBe(
      'Only 12 of the 5 × 4 = 20 source–sink pairs exchange records in this design; wired all to all, it would take 20 integrations.',
    );
  });

  it('says 5 × 4 = 20 integrations against 9 connections once every sink reads every topic', () => {
    const doc = articleDesign();
    const topics = doc.nodes.filter((n) => n.kind === 'topic').map((n) => n.id);
    const sinks = doc.nodes.filter((n) => n.kind === 'sink').map((n) => n.id);
    const sourceEdges = doc.edges.filter((e) => !topics.includes(e.from));
    const allWired = {
      ...doc,
      edges: [...sourceEdges, ...topics.flatMap((from) => sinks.map((to) => ({ from, to })))],
    };
    const counts = countIntegrations(designFlows(allWired));
    expect(integrationsText(counts)).toBe('5 × 4 = 20 integrations');
    expect(connectionsText(counts)).toBe('5 + 4 = 9 connections');
    expect(wiringNote(counts)).toBeNull();
  });

  it('a source not connected to a sink adds no integration; writing to a topic is still a connection', () => {
    const base: Node[] = [
      { id: 'shop', kind: 'source', name: 'Shop' },
      { id: 'orders', kind: 'topic', name: 'orders' },
      { id: 'db', kind: 'sink', name: 'Database' },
      { id: 'crm', kind: 'source', name: 'CRM' },
      { id: 'leads', kind: 'topic', name: 'leads' },
    ];
    const wired: [string, string][] = [
      ['shop', 'orders'],
      ['orders', 'db'],
    ];
    // CRM on its own: 1 integration (Shop -> Database), 2 connections.
    const alone = countIntegrations(designFlows(design(base, wired)));
    expect([alone.integrations, alone.connections]).toEqual([1, 2]);
    expect(wiringNote(alone)).toBe(
      'Only 1 of the 2 × 1 = 2 source–sink pairs exchange records in this design; wired all to all, it would take 2 integrations. 1 endpoint is not connected to any topic yet.',
    );
    // CRM writes to a topic nobody reads: a connection to Kafka, still no integration.
    const writes = countIntegrations(designFlows(design(base, [...wired, ['crm', 'leads']])));
    expect([writes.integrations, writes.connections]).toEqual([1, 3]);
    expect(connectionsText(writes)).toBe('2 + 1 = 3 connections');
    // Once the database reads leads too, CRM -> Database is a second integration.
    const read = countIntegrations(designFlows(design(base, [...wired, ['crm', 'leads'], ['leads', 'db']])));
    expect([read.integrations, read.connections]).toEqual([2, 3]);
    expect(integrationsText(read)).toBe('2 × 1 = 2 integrations');
  });

  it('follows records through a chain of processors to the sink at its end', () => {
    // Shop -> orders -> Enricher -> enriched -> Fraud check -> scored -> Database.
    const doc = design(
      [
        { id: 'shop', kind: 'source', name: 'Shop' },
        { id: 'orders', kind: 'topic', name: 'orders' },
        { id: 'enrich', kind: 'processor', name: 'Enricher' },
        { id: 'enriched', kind: 'topic', name: 'enriched' },
        { id: 'fraud', kind: 'processor', name: 'Fraud check' },
        { id: 'scored', kind: 'topic', name: 'scored' },
        { id: 'db', kind: 'sink', name: 'Database' },
      ],
      [
        ['shop', 'orders'],
        ['orders', 'enrich'],
        ['enrich', 'enriched'],
        ['enriched', 'fraud'],
        ['fraud', 'scored'],
        ['scored', 'db'],
      ],
    );
    const flows = designFlows(doc);
    // The processors pass the records on: part of the flow, not endpoints of their own.
    expect(flows.targets.map((t) => t.name)).toEqual(['Database']);
    expect(pairNames(flows)).toEqual(['Shop -> Database']);
    expect(connectionsText(countIntegrations(flows))).toBe('1 + 1 = 2 connections');
  });

  it('a processor whose records reach no sink ends its flow: it is a target', () => {
    const doc = design(
      [
        { id: 'shop', kind: 'source', name: 'Shop' },
        { id: 'web', kind: 'source', name: 'Web' },
        { id: 'orders', kind: 'topic', name: 'orders' },
        { id: 'clicks', kind: 'topic', name: 'clicks' },
        { id: 'audit', kind: 'processor', name: 'Audit' },
        { id: 'db', kind: 'sink', name: 'Database' },
      ],
      [
        ['shop', 'orders'],
        ['web', 'clicks'],
        ['orders', 'audit'],
        ['clicks', 'audit'],
        ['orders', 'db'],
      ],
    );
    const flows = designFlows(doc);
    expect(flows.targets.map((t) => t.name)).toEqual(['Audit', 'Database']);
    expect(pairNames(flows)).toEqual(['Shop -> Audit', 'Shop -> Database', 'Web -> Audit']);
    expect(countIntegrations(flows)).toMatchObject({ integrations: 3, allPairs: 4, connections: 4 });
  });

  it('a pattern subscription reads every topic whose whole name matches, without edges', () => {
    const doc = design(
      [
        { id: 'pay', kind: 'source', name: 'Payments' },
        { id: 'refund', kind: 'source', name: 'Refunds' },
        { id: 'web', kind: 'source', name: 'Web' },
        { id: 't1', kind: 'topic', name: 'pay-eu' },
        { id: 't2', kind: 'topic', name: 'pay-us' },
        { id: 't3', kind: 'topic', name: 'clicks-pay' },
        { id: 'ledger', kind: 'sink', name: 'Ledger', config: { subscriptionPattern: 'pay-.*' } },
      ],
      [
        ['pay', 't1'],
        ['refund', 't2'],
        ['web', 't3'],
      ],
    );
    expect(pairNames(designFlows(doc))).toEqual(['Payments -> Ledger', 'Refunds -> Ledger']);
  });

  it('grows as a product without Kafka and as a sum with it when all are wired', () => {
    const nodes: Node[] = [{ id: 'log', kind: 'topic', name: 'log' }];
    const edges: [string, string][] = [];
    for (let i = 0; i < 6; i++) {
      nodes.push({ id: `s${i}`, kind: 'source', name: `S${i}` });
      edges.push([`s${i}`, 'log']);
    }
    for (let j = 0; j < 4; j++) {
      nodes.push({ id: `t${j}`, kind: 'sink', name: `T${j}` });
      edges.push(['log', `t${j}`]);
    }
    const counts = countIntegrations(designFlows(design(nodes, edges)));
    expect(integrationsText(counts)).toBe('6 × 4 = 24 integrations');
    expect(connectionsText(counts)).toBe('6 + 4 = 10 connections');
    expect(integrationsText(countIntegrations(designFlows(design([], []))))).toBe('0 integrations');
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
    // 20 rows would squeeze a row below 28 px: the floor holds, with a 13 px font (28 × 0.34 = 9.5 is below the
    // 13 px floor) and a box 6 px shorter than its row.
    expect(l.rowHeight).toBe(28);
    expect(l.fontSize).toBe(13);
    expect(l.boxHeight).toBe(28 - 6);
  });

  it('clips long names with an ellipsis', () => {
    expect(clip('Search', 10)).toBe('Search');
    expect(clip('Customer relationship manager', 12)).toBe('Customer re…');
  });
});
