// A render error stays in the part that failed: the part says what happened and how to go on.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { edits } from '../../engine';
import { errorMessage, PartBoundaryView } from './PartBoundary';
import { PartError } from './PartError';

const doc = edits.emptyDocument();

function boundary(onCrash = vi.fn(), onRetry = vi.fn()) {
  const props = { part: 'The canvas', doc, onCrash, onRetry, children: <p>the canvas</p> };
  return { view: new PartBoundaryView(props), props, onCrash, onRetry };
}

describe('a part boundary', () => {
  it('draws its part while nothing fails', () => {
    const { view } = boundary();
    expect(renderToStaticMarkup(<>{view.render()}</>)).toBe('<p>the canvas</p>');
  });

  it('shows what failed, in the error’s words, instead of its part', () => {
    const { view } = boundary();
    view.state = {
      ...view.state,
      ...PartBoundaryView.getDerivedStateFromError(new TypeError('x.map is not a function')),
    };
    const html = renderToStaticMarkup(<>{view.render()}</>);
    expect(html).toContain('role="alert" aria-label="The canvas failed"');
    expect(html).toContain('<h2 class="part-error__title">The canvas could not be drawn</h2>');
    expect(html).toContain('<p class="part-error__message">x.map is not a function</p>');
    expect(html).toContain('>Try again</button>');
  });

  it('notes the failure against the design on screen', () => {
    const { view, onCrash } = boundary();
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    view.componentDidCatch(new Error('boom'), { componentStack: '' });
    error.mockRestore();
    expect(onCrash).toHaveBeenCalledWith(doc, 'boom');
  });

  it('tries again with a new design (an edit, undo, another design), not with the same one', () => {
    const { props } = boundary();
    const failed = { error: new Error('boom'), doc };
    expect(PartBoundaryView.getDerivedStateFromProps(props, failed)).toBeNull();
    const next = edits.addNode(doc, 'topic', { x: 0, y: 0 }).doc;
    expect(PartBoundaryView.getDerivedStateFromProps({ ...props, doc: next }, failed)).toEqual({
      error: null,
      doc: next,
    });
  });

  it('says what was thrown when it was not an Error', () => {
    expect(errorMessage('a string')).toBe('a string');
    expect(errorMessage(new Error('  '))).toBe('an unknown error');
    expect(PartBoundaryView.getDerivedStateFromError(42).error!.message).toBe('42');
  });
});

describe('what a failed part shows', () => {
  it('offers the last design that worked when there is one, and another try always', () => {
    const html = renderToStaticMarkup(
      <PartError part="The inspector" message="boom" onRetry={() => undefined} lastGood />,
    );
    expect(html).toContain('>Open the last design that worked</button>');
    expect(html).toContain('>Try again</button>');
    const none = renderToStaticMarkup(
      <PartError part="The inspector" message="boom" onRetry={() => undefined} lastGood={false} />,
    );
    expect(none).not.toContain('Open the last design that worked');
    expect(none).toContain('>Try again</button>');
  });
});
