import { ReactFlowProvider } from '@xyflow/react';
import { useFranz } from '../store/store';
import type { UiSlice } from '../store/uiSlice';
import { Canvas } from './canvas/Canvas';
import { ChartsDock } from './charts/ChartsDock';
import { CapacityView } from './capacity/CapacityView';
import { ClusterView } from './cluster/ClusterView';
import { CompareView } from './whatIf/CompareView';
import { SweepView } from './whatIf/SweepView';
import { useKeyboardShortcuts } from './commands/useKeyboardShortcuts';
import { Controls } from './controls/Controls';
import { DocumentMenu } from './controls/DocumentMenu';
import { DisplayControls } from './controls/DisplayControls';
import { Inspector } from './inspector/Inspector';
import { Palette } from './palette/Palette';
import { EventsPanel } from './shell/EventsPanel';
import { LinkOfferDialog } from './shell/LinkOfferDialog';
import { RecordInspectorDialog } from './records/RecordInspector';
import { RecentDesigns } from './shell/RecentDesigns';
import { SavedDesignNotice } from './shell/SavedDesignNotice';
import { LastGoodKeeper } from './shell/LastGoodKeeper';
import { NoticeBar } from './shell/NoticeBar';
import { PartBoundary } from './shell/PartBoundary';
import { StorageBanner } from './shell/StorageBanner';
import { TabConflictBanner } from './shell/TabConflictBanner';
import { ViewSwitch } from './shell/ViewSwitch';
import { usePresentationMode } from './shell/usePresentationMode';
import { WithoutKafkaView } from './withoutKafka/WithoutKafkaView';
import { LessonCard } from './lessons/LessonCard';
import { LessonPicker } from './lessons/LessonPicker';
import { LessonsButton } from './lessons/LessonsButton';
import { DesignName } from './newDesign/DesignName';
import { NewDesignDialog } from './newDesign/NewDesignDialog';
import { LiveAnnouncer } from './shell/LiveAnnouncer';
import './app.css';
import './theme/dark.css';
import './shell/presentation.css';
import './shell/smallScreens.css';

/**
 * The designer: palette, canvas and inspector, with playback on top and charts below (loaded after the
 * canvas's first frame). Each part is in a PartBoundary of its own, so an error drawing one leaves the others
 * working.
 */
export function App() {
  useKeyboardShortcuts();
  usePresentationMode();
  const view = useFranz((s) => s.view);
  const inLesson = useFranz((s) => s.lesson !== null);
  const wide = view === 'cluster' || view === 'capacity' || view === 'sweep' || view === 'compare';
  return (
    <ReactFlowProvider>
      <div className="shell">
        <header className="topbar">
          <div className="brand">
            <div className="brand__row">
              <h1 className="brand__name">Franz</h1>
              <LessonsButton />
            </div>
            <DesignName />
          </div>
          <Controls />
          <DocumentMenu />
          <DisplayControls />
        </header>
        <div className="banners">
          <StorageBanner />
          <TabConflictBanner />
          {/* Notices take their place in the page's flow, so they never cover the view switch or the canvas. */}
          <NoticeBar />
          <SavedDesignNotice />
        </div>
        <LinkOfferDialog />
        <RecordInspectorDialog />
        <RecentDesigns />
        <NewDesignDialog />
        <LessonPicker />
        <LastGoodKeeper />
        {/* What changes while the simulation runs, said politely to a screen reader. */}
        <LiveAnnouncer />
        {/* The palette adds nodes to the canvas; the cluster and capacity views have no use for it and need the width. */}
        <main className={wide ? 'workspace workspace--wide' : 'workspace'}>
          {!wide && (
            <nav className="workspace__palette" aria-label="Palette">
              <PartBoundary part="The palette">
                <Palette />
              </PartBoundary>
            </nav>
          )}
          <div className="workspace__stage">
            <ViewSwitch />
            <Stage view={view} />
          </div>
          <div
            className={
              inLesson ? 'workspace__inspector workspace__inspector--lesson' : 'workspace__inspector'
            }
          >
            <PartBoundary part="The lesson">
              <LessonCard />
            </PartBoundary>
            <PartBoundary part="The inspector">
              <Inspector />
            </PartBoundary>
          </div>
        </main>
        <footer className="dock">
          <PartBoundary part="The charts">
            <ChartsDock />
          </PartBoundary>
          <PartBoundary part="The events">
            <EventsPanel />
          </PartBoundary>
        </footer>
      </div>
    </ReactFlowProvider>
  );
}

/** Keyed by view, so a view that failed to draw gets a fresh try when the person switches back to it. */
function Stage({ view }: { view: UiSlice['view'] }) {
  switch (view) {
    case 'kafka':
      return (
        <PartBoundary key={view} part="The canvas">
          <Canvas />
        </PartBoundary>
      );
    case 'without':
      return (
        <PartBoundary key={view} part="The Without Kafka view">
          <WithoutKafkaView />
        </PartBoundary>
      );
    case 'cluster':
      return (
        <PartBoundary key={view} part="The cluster view">
          <ClusterView />
        </PartBoundary>
      );
    case 'capacity':
      return (
        <PartBoundary key={view} part="The capacity view">
          <CapacityView />
        </PartBoundary>
      );
    case 'sweep':
      return (
        <PartBoundary key={view} part="The sweep view">
          <SweepView />
        </PartBoundary>
      );
    case 'compare':
      return (
        <PartBoundary key={view} part="The compare view">
          <CompareView />
        </PartBoundary>
      );
  }
}
