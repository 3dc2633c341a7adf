import { ReactFlowProvider } from '@xyflow/react';
import { useFranz } from '../store/store';
import type { UiSlice } from '../store/uiSlice';
import { Canvas } from './canvas/Canvas';
import { ChartsPanel } from './charts/ChartsPanel';
import { ClusterView } from './cluster/ClusterView';
import { useKeyboardShortcuts } from './commands/useKeyboardShortcuts';
import { Controls } from './controls/Controls';
import { DocumentMenu } from './controls/DocumentMenu';
import { Inspector } from './inspector/Inspector';
import { Palette } from './palette/Palette';
import { EventsPanel } from './shell/EventsPanel';
import { LinkOfferDialog } from './shell/LinkOfferDialog';
import { NoticeBar } from './shell/NoticeBar';
import { RecentDesigns } from './shell/RecentDesigns';
import { SavedDesignNotice } from './shell/SavedDesignNotice';
import { ViewSwitch } from './shell/ViewSwitch';
import { WithoutKafkaView } from './withoutKafka/WithoutKafkaView';
import './app.css';

/** The designer: palette, canvas and inspector, with playback on top and charts below. */
export function App() {
  useKeyboardShortcuts();
  const view = useFranz((s) => s.view);
  const name = useFranz((s) => s.doc.name);
  return (
    <ReactFlowProvider>
      <div className="shell">
        <header className="topbar">
          <div className="brand">
            <h1 className="brand__name">Franz</h1>
            <p className="brand__design" title={name}>
              {name}
            </p>
          </div>
          <Controls />
          <DocumentMenu />
        </header>
        <NoticeBar />
        <SavedDesignNotice />
        <LinkOfferDialog />
        <RecentDesigns />
        {/* The palette adds nodes to the canvas; the cluster view has no use for it and needs the width. */}
        <main className={view === 'cluster' ? 'workspace workspace--wide' : 'workspace'}>
          {view !== 'cluster' && (
            <nav className="workspace__palette" aria-label="Palette">
              <Palette />
            </nav>
          )}
          <div className="workspace__stage">
            <ViewSwitch />
            <Stage view={view} />
          </div>
          <div className="workspace__inspector">
            <Inspector />
          </div>
        </main>
        <footer className="dock">
          <ChartsPanel />
          <EventsPanel />
        </footer>
      </div>
    </ReactFlowProvider>
  );
}

function Stage({ view }: { view: UiSlice['view'] }) {
  switch (view) {
    case 'kafka':
      return <Canvas />;
    case 'without':
      return <WithoutKafkaView />;
    case 'cluster':
      return <ClusterView />;
  }
}
