// Injected into the page before its own scripts: frames per second in 1 s windows (requestAnimationFrame)
// and long main-thread tasks (PerformanceObserver 'longtask'), from the moment `start()` is called; and,
// from the navigation (performance.now()), the first frame that shows a node on the canvas, the first frame
// after that whose simulated clock has moved (the pipeline runs on screen) and the first with a chart drawn.
(() => {
  const probe = {
    recording: false,
    fps: [],
    longTasks: [],
    longTasksBefore: [],
    firstNodeMs: null,
    firstRunningMs: null,
    firstChartMs: null,
  };
  let windowStart = 0;
  let frames = 0;
  let clockAtFirstNode = null;

  const clockText = () => document.querySelector('[aria-label="Simulated time"]')?.textContent ?? null;
  const watchFirstFrames = (now) => {
    if (probe.firstNodeMs === null) {
      if (!document.querySelector('.react-flow__node')) return;
      probe.firstNodeMs = now;
      clockAtFirstNode = clockText();
    }
    if (probe.firstRunningMs === null) {
      const clock = clockText();
      if (clock !== null && clock !== clockAtFirstNode) probe.firstRunningMs = now;
    }
    if (probe.firstChartMs === null && document.querySelector('.chart-card svg')) probe.firstChartMs = now;
  };

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      (probe.recording ? probe.longTasks : probe.longTasksBefore).push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });

  const onFrame = (now) => {
    if (probe.firstRunningMs === null || probe.firstChartMs === null) watchFirstFrames(now);
    if (probe.recording) {
      frames++;
      if (now - windowStart >= 1000) {
        probe.fps.push((frames * 1000) / (now - windowStart));
        windowStart = now;
        frames = 0;
      }
    }
    requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);

  probe.start = () => {
    probe.recording = true;
    windowStart = performance.now();
    frames = 0;
    // Measure the steady state: the page's snapshot cost counts from here too.
    const cost = window.__franzSnapshotCost;
    if (cost) Object.assign(cost, { count: 0, meanMs: 0, maxMs: 0 });
  };
  window.__franzProbe = probe;
})();
