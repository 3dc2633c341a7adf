// Injected into the page before its own scripts: frames per second in 1 s windows (requestAnimationFrame)
// and long main-thread tasks (PerformanceObserver 'longtask'), from the moment `start()` is called.
(() => {
  const probe = { recording: false, fps: [], longTasks: [], longTasksBefore: [] };
  let windowStart = 0;
  let frames = 0;

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      (probe.recording ? probe.longTasks : probe.longTasksBefore).push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });

  const onFrame = (now) => {
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
