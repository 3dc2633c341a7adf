// Commands on the running simulation.
import type { Command } from './types';

export const playPause: Command = {
  name: 'play-pause',
  label: 'Play / Pause',
  shortcut: 'Space',
  enabled: ({ store }) => store.getState().sim.status === 'live',
  run: ({ store, sim }) => (store.getState().sim.running ? sim.pause() : sim.play()),
};

export const step: Command = {
  name: 'step',
  label: 'Step',
  enabled: ({ store }) => store.getState().sim.status === 'live' && !store.getState().sim.running,
  run: ({ sim }) => sim.step(),
};

export const reset: Command = {
  name: 'reset',
  label: 'Reset',
  enabled: ({ store }) => store.getState().sim.status === 'live',
  run: ({ sim }) => sim.reset(),
};
