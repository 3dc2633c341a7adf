import { Component, type ErrorInfo, type ReactNode } from 'react';
import type { PipelineDocument } from '../../engine';
import { useFranz } from '../../store/store';
import { recordRenderCrash } from '../persistence/lastGood';
import { browserEnv } from '../persistence/pageEnv';
import { PartError } from './PartError';

interface Props {
  /** What the person calls this part: "The canvas", "The inspector". */
  part: string;
  /** The design on screen: a new one (an edit, undo, another design) gets a fresh try. */
  doc: PipelineDocument;
  /** The failure is noted against this design (it is not the last one that worked). */
  onCrash(doc: PipelineDocument, message: string): void;
  /** The person asked to draw again: the failure no longer stands. */
  onRetry(): void;
  children: ReactNode;
}

interface State {
  error: Error | null;
  doc: PipelineDocument;
}

/** Plain words for what was thrown: its message, else what it was. */
export function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.trim() || 'an unknown error';
}

/**
 * Keeps a render error to the part of the page that failed: that part says what happened and offers the
 * last design that worked, or another try; the rest of the page goes on working.
 */
export class PartBoundaryView extends Component<Props, State> {
  override state: State = { error: null, doc: this.props.doc };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(errorMessage(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.doc === state.doc ? null : { error: null, doc: props.doc };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    this.props.onCrash(this.props.doc, errorMessage(error));
    // Still in the console for whoever reports the bug, with the components it happened in.
    console.error(error, info.componentStack);
  }

  private readonly retry = () => {
    this.props.onRetry();
    this.setState({ error: null });
  };

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return <PartError part={this.props.part} message={errorMessage(error)} onRetry={this.retry} />;
  }
}

/** A PartBoundaryView on the page's store and storage. */
export function PartBoundary({ part, children }: { part: string; children: ReactNode }) {
  const doc = useFranz((s) => s.doc);
  const setRenderCrash = useFranz((s) => s.setRenderCrash);
  return (
    <PartBoundaryView
      part={part}
      doc={doc}
      onCrash={(crashed, message) => {
        recordRenderCrash(browserEnv().storage, crashed, message);
        setRenderCrash({ doc: crashed, message });
      }}
      onRetry={() => setRenderCrash(null)}
    >
      {children}
    </PartBoundaryView>
  );
}
