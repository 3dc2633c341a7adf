import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import example from '../examples/article-pipeline.json';
import { useFranz } from './store/store';
import { App } from './ui/App';
import { loadInitialDesign, startAutosave, startLinkListener } from './ui/persistence';
import { SimActionsContext } from './ui/simActions';
import { WorkerBridge } from './worker/workerBridge';
import { spawnSimWorker } from './worker/workerPort';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The first screen: a shared link, else the autosaved design, else the article's pipeline, already running.
await loadInitialDesign(useFranz, example);
startAutosave(useFranz);
// A link pasted into this tab's address later is opened as one opened fresh.
startLinkListener(useFranz);
const bridge = new WorkerBridge(useFranz, spawnSimWorker);
useFranz.getState().setSim({ speed: 5 });
bridge.start({ play: true });

createRoot(root).render(
  <StrictMode>
    <SimActionsContext.Provider value={bridge}>
      <App />
    </SimActionsContext.Provider>
  </StrictMode>,
);
