import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { SimBridge } from './worker/bridge';
import { spawnSimWorker } from './worker/workerPort';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// One bridge for the page's lifetime; it starts the worker on the first run.
const bridge = new SimBridge(spawnSimWorker);

createRoot(root).render(
  <StrictMode>
    <App bridge={bridge} />
  </StrictMode>,
);
