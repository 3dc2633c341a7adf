import { describe, expect, it } from 'vitest';
import { SnapshotFeed } from './snapshotFeed';

describe('the snapshot feed', () => {
  it('holds the newest snapshot and tells its readers, not the store', () => {
    const feed = new SnapshotFeed();
    const heard: number[] = [];
    const stop = feed.subscribe(() => heard.push(feed.get()![0]!));
    expect(feed.get()).toBeNull();

    feed.publish(Float64Array.of(1000));
    feed.publish(Float64Array.of(2000));
    expect(heard).toEqual([1000, 2000]);

    stop();
    feed.publish(Float64Array.of(3000));
    expect(heard).toEqual([1000, 2000]);
    expect(feed.get()![0]).toBe(3000);
  });
});
