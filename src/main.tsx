import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import example from '../examples/article-pipeline.json';
import { BatchBridge } from './bridge/batchBridge';
import { WorkerBridge } from './bridge/workerBridge';
import { spawnBatchWorker, spawnSimWorker } from './bridge/workerPort';
import { useFranz } from './store/store';
import { App } from './ui/App';
import { loadInitialDesign, startAutosave, startLinkListener } from './ui/persistence';
import { recoverFromRenderCrash } from './ui/persistence/lastGood';
import { browserEnv } from './ui/persistence/pageEnv';
import { startTabSync } from './ui/persistence/tabSync';
import { PartBoundary } from './ui/shell/PartBoundary';
import { BatchActionsContext } from './ui/batchActions';
import { SimActionsContext } from './ui/simActions';
import { openLessonLink, startLessonLinkListener } from './ui/lessons/openLessonLink';
import { startLessonWatch } from './ui/lessons/lessonWatch';
import { registerServiceWorker } from './offline/registerServiceWorker';
import { startTheme } from './ui/theme/themeChoice';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The kept colour theme before anything draws, so a dark page never flashes light.
startTheme();

// A design that failed to draw when the page was last open is not opened again: the last one that worked is.
const recovered = recoverFromRenderCrash(browserEnv().storage);
// The first screen: a shared link, else the autosaved design, else the article's pipeline, already running.
await loadInitialDesign(useFranz, example);
if (recovered) useFranz.getState().notify('error', recovered);
startAutosave(useFranz);
// A link pasted into this tab's address later is opened as one opened fresh.
startLinkListener(useFranz);
startTabSync(useFranz);
const bridge = new WorkerBridge(useFranz, spawnSimWorker);
useFranz.getState().setSim({ speed: 5 });
// A lesson link (`#lesson=L4`) opens that lesson, on its own design, seed and speed.
startLessonWatch(useFranz, browserEnv().storage);
openLessonLink(useFranz, null, browserEnv());
bridge.start({ play: true });
startLessonLinkListener(useFranz, bridge, browserEnv());
// Sweeps and compares run in a worker of their own, started per batch.
const batches = new BatchBridge(useFranz, spawnBatchWorker);

createRoot(root).render(
  <StrictMode>
    <SimActionsContext.Provider value={bridge}>
      <BatchActionsContext.Provider value={batches}>
        <PartBoundary part="Franz">
          <App />
        </PartBoundary>
      </BatchActionsContext.Provider>
    </SimActionsContext.Provider>
  </StrictMode>,
);

// Once opened, Franz opens again offline (production builds only).
registerServiceWorker();
