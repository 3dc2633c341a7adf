// How a consumer commits, from the two keys that say it: commitMode, and enableAutoCommit from before it.
import type { CommitMode } from '../kafka/group/consumerSettings';

export type { CommitMode };

/**
 * `commitMode` when set; else what `enableAutoCommit` always meant: true auto-commits, false commits after
 * processing each poll. With a manual mode, enable.auto.commit may stay on, as Kafka allows: auto-commit runs
 * in poll() and commits only what earlier polls returned, already processed, so it changes nothing.
 */
export function commitModeOf(config: {
  commitMode?: CommitMode | undefined;
  enableAutoCommit: boolean;
}): CommitMode {
  return config.commitMode ?? (config.enableAutoCommit ? 'auto' : 'after-processing');
}
