import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import example from '../../../examples/article-pipeline.json';
import { LinkQuestion } from './LinkOfferDialog';
import { RecentDesignsList } from './RecentDesigns';

const none = () => undefined;

describe('keeping designs on the page', () => {
  it('asks about a link in a dialog named by its question, Open shared first in focus', () => {
    const offer = { sharedName: 'Theirs', currentName: 'Mine', open: none, keep: none };
    const html = renderToStaticMarkup(<LinkQuestion offer={offer} />);
    expect(html).toContain('aria-labelledby="link-offer-title"');
    expect(html).toContain(
      '<h2 id="link-offer-title" class="modal__title">Open the shared design “Theirs”?</h2>',
    );
    expect(html).toContain('Your current design “Mine” will be kept in Recent designs.');
    expect(html).toMatch(/>Keep mine<\/button><button[^>]*data-autofocus="true"[^>]*>Open shared</);
  });

  it('lists kept designs with when and why; one that cannot be read can only be downloaded', () => {
    const html = renderToStaticMarkup(
      <RecentDesignsList
        backups={[
          {
            savedAt: '2026-12-06T09:30:00.000Z',
            reason: 'replaced by a shared link',
            name: 'Mine',
            text: JSON.stringify(example),
          },
          {
            savedAt: '2026-12-06T09:00:00.000Z',
            reason: 'unreadable: it is not JSON',
            name: 'Unreadable design',
            text: '{',
          },
        ]}
        onRestore={none}
        onDownload={none}
        onClose={none}
      />,
    );
    const items = html.split('<li').slice(1);
    expect(items).toHaveLength(2);
    expect(items[0]).toContain('aria-label="Mine"');
    expect(items[0]).toContain('<time dateTime="2026-12-06T09:30:00.000Z">');
    expect(items[0]).toContain('replaced by a shared link');
    expect(items[0]).not.toContain('disabled');
    expect(items[1]).toMatch(
      /<button[^>]*disabled=""[^>]*title="Cannot be opened: it is not JSON[^"]*"[^>]*>Restore</,
    );
    expect(items[1]).toMatch(/>Download<\/button>/);
  });

  it('says so when nothing is kept yet', () => {
    const html = renderToStaticMarkup(
      <RecentDesignsList backups={[]} onRestore={none} onDownload={none} onClose={none} />,
    );
    expect(html).toContain('Nothing kept yet.');
    expect(html).toContain('This browser keeps the last 10.');
  });
});
