import { describe, expect, it } from 'vitest';
import { laneTopics, type Box, type LaneTopic } from './laneTopics';

const topics: LaneTopic[] = [
  { id: 't1', name: 'orders', partitions: 6 },
  { id: 't2', name: 'clicks', partitions: 1000 },
  { id: 't3', name: 'far-away', partitions: 3 },
];
const boxes: Record<string, Box> = {
  t1: { x: 100, y: 100, width: 250, height: 200 },
  t2: { x: 400, y: 100, width: 250, height: 200 },
  t3: { x: 5000, y: 100, width: 250, height: 200 },
};
const box = (id: string) => boxes[id];
/** A 1280 x 800 canvas showing flow (0, 0) at its top left. */
const at = (zoom: number) => ({ x: 0, y: 0, zoom, width: 1280, height: 800 });

describe('laneTopics', () => {
  it('names the topics of a few partitions in view at a readable zoom', () => {
    // At 0.8 the canvas shows flow x up to 1600, and half a screen more (2400): far-away at 5000 is out.
    expect(laneTopics(topics, at(0.8), box)).toEqual(['orders']);
  });

  it('adds a topic of many partitions at life size, and one panned near the view', () => {
    expect(laneTopics(topics, at(1), box)).toEqual(['orders', 'clicks']);
    // Panned right by 4,000 flow pixels: far-away is in view, orders and clicks half a screen behind it.
    expect(laneTopics(topics, { ...at(1), x: -4000 }, box)).toEqual(['far-away']);
  });

  it('names none zoomed out, where every topic is a band', () => {
    expect(laneTopics(topics, at(0.3), box)).toEqual([]);
  });

  it('counts a node not measured yet as in view', () => {
    expect(laneTopics(topics, at(1), () => undefined)).toEqual(['orders', 'clicks', 'far-away']);
  });
});
