// The dialogs that keep designs on the page, as a person (and getByRole) finds them: the question a shared
// link asks, and the Recent designs list.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import example from '../../../examples/article-pipeline.json';
import type { Backup } from '../persistence/backups';
import { LinkQuestion } from './LinkOfferDialog';
import { RecentDesignsList } from './RecentDesigns';

const none = () => undefined;

const kept: Backup = {
  savedAt: '2026-12-06T09:30:00.000Z',
  reason: 'replaced by a shared link',
  name: 'Mine',
  text: JSON.stringify(example),
};
const unreadable: Backup = {
  savedAt: '2026-12-06T09:00:00.000Z',
  reason: 'unreadable: it is not JSON',
  name: 'Unreadable design',
  text: '{',
};

describe('keeping designs on the page', () => {
  it('asks about a link in a dialog named by its question, Open shared first in focus', () => {
    const offer = { sharedName: 'Theirs', currentName: 'Mine', open: none, keep: none };
    render(<LinkQuestion offer={offer} />);
    const dialog = screen.getByRole('dialog', {
      name: 'Open the shared design “Theirs”?',
      description: 'Your current design “Mine” will be kept in Recent designs.',
    });
    expect(within(dialog).getByRole('heading', { level: 2 }).textContent).toBe(
      'Open the shared design “Theirs”?',
    );
    expect(
      within(dialog)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Keep mine', 'Open shared']);
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Open shared' }));
  });

  it('answers the link’s question with the button the person presses', async () => {
    const user = userEvent.setup();
    const offer = { sharedName: 'Theirs', currentName: 'Mine', open: vi.fn(), keep: vi.fn() };
    render(<LinkQuestion offer={offer} />);
    await user.click(screen.getByRole('button', { name: 'Keep mine' }));
    expect(offer.keep).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Open shared' }));
    expect(offer.open).toHaveBeenCalledTimes(1);
  });

  it('lists kept designs with when and why; one that cannot be read can only be downloaded', () => {
    render(
      <RecentDesignsList backups={[kept, unreadable]} onRestore={none} onDownload={none} onClose={none} />,
    );
    const items = within(screen.getByRole('dialog', { name: 'Recent designs' })).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    const [mine, broken] = items as [HTMLElement, HTMLElement];
    expect(mine).toBe(screen.getByRole('listitem', { name: 'Mine' }));
    expect(within(mine).getByRole('time').getAttribute('datetime')).toBe('2026-12-06T09:30:00.000Z');
    expect(within(mine).getByText('replaced by a shared link')).not.toBeNull();
    for (const b of within(mine).getAllByRole<HTMLButtonElement>('button')) expect(b.disabled).toBe(false);
    const restore = within(broken).getByRole<HTMLButtonElement>('button', {
      name: 'Restore',
      description: /^Cannot be opened: it is not JSON/,
    });
    expect(restore.disabled).toBe(true);
    expect(within(broken).getByRole<HTMLButtonElement>('button', { name: 'Download' }).disabled).toBe(false);
  });

  it('restores, downloads and closes as the person asks', async () => {
    const user = userEvent.setup();
    const onRestore = vi.fn();
    const onDownload = vi.fn();
    const onClose = vi.fn();
    render(
      <RecentDesignsList
        backups={[kept, unreadable]}
        onRestore={onRestore}
        onDownload={onDownload}
        onClose={onClose}
      />,
    );
    const mine = screen.getByRole('listitem', { name: 'Mine' });
    const broken = screen.getByRole('listitem', { name: 'Unreadable design' });
    await user.click(within(mine).getByRole('button', { name: 'Restore' }));
    await user.click(within(broken).getByRole('button', { name: 'Restore' }));
    expect(onRestore.mock.calls).toEqual([[kept]]);
    await user.click(within(broken).getByRole('button', { name: 'Download' }));
    expect(onDownload.mock.calls).toEqual([[unreadable]]);
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('says so when nothing is kept yet', () => {
    render(<RecentDesignsList backups={[]} onRestore={none} onDownload={none} onClose={none} />);
    const dialog = screen.getByRole('dialog', {
      name: 'Recent designs',
      description: /This browser keeps the last 10\.$/,
    });
    expect(within(dialog).getByText('Nothing kept yet.')).not.toBeNull();
    expect(within(dialog).queryByRole('listitem')).toBeNull();
  });
});
