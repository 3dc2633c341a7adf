import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ViewSwitch } from './ViewSwitch';

describe('the view switch', () => {
  it('offers the canvas, the point-to-point alternative and the cluster, the canvas pressed at first', () => {
    const html = renderToStaticMarkup(<ViewSwitch />);
    expect(html).toContain('role="group" aria-label="View"');
    expect(html).toContain('<button type="button" aria-pressed="true">With Kafka</button>');
    expect(html).toContain('<button type="button" aria-pressed="false">Without Kafka</button>');
    expect(html).toContain('<button type="button" aria-pressed="false">Cluster</button>');
  });
});
