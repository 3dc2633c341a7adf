// New and rename in place, as a person meets them: the New button's dialog, and the design's name in the top bar.
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import example from '../../../examples/article-pipeline.json';
import { parseDocument } from '../../engine';
import { useFranz } from '../../store/store';
import { DocumentMenu } from '../controls/DocumentMenu';
import { readBackups } from '../persistence/backups';
import { renderWithSim } from '../render.testing';
import { DesignName } from './DesignName';
import { NewDesignDialog } from './NewDesignDialog';

function openArticle() {
  const parsed = parseDocument(example);
  if (!parsed.ok) throw new Error('example');
  act(() => useFranz.getState().replaceDocument(parsed.doc));
  return parsed.doc;
}

const renderNew = () =>
  renderWithSim(
    <>
      <DocumentMenu />
      <NewDesignDialog />
    </>,
  );

describe('New', () => {
  it('offers an empty design and templates in a dialog, Empty design first in focus', async () => {
    openArticle();
    const { user } = renderNew();
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'New' }));
    const dialog = screen.getByRole('dialog', {
      name: 'New design',
      description:
        'It takes the place of “Five sources, four sinks, one log”: Undo brings that back, and Recent designs keeps it.',
    });
    const options = within(dialog).getAllByRole('button');
    const named = (name: string) => within(dialog).getByRole('button', { name });
    expect(
      ['Empty design', 'The article’s pipeline', 'One topic'].map((name) => options.indexOf(named(name))),
    ).toEqual([0, 1, 2]);
    // 3 to start from, 16 lessons, Cancel.
    expect(options).toHaveLength(20);
    expect(within(dialog).getByRole('button', { name: 'One topic' }).getAttribute('aria-describedby')).toBe(
      'new-one-topic-about',
    );
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Empty design' }));
  });

  it('opens a template as one undo step, playing, and keeps the design it replaced', async () => {
    const before = openArticle();
    const { user, calls } = renderNew();
    await user.click(screen.getByRole('button', { name: 'New' }));
    const epoch = useFranz.getState().docEpoch;
    await user.click(screen.getByRole('button', { name: 'One topic' }));

    expect(screen.queryByRole('dialog')).toBeNull();
    const { doc, past, docEpoch, notice } = useFranz.getState();
    expect(doc.name).toBe('One topic');
    expect(doc.nodes).toHaveLength(3);
    expect(past).toEqual([before]);
    expect(docEpoch).toBe(epoch + 1);
    expect(calls).toEqual(['play']);
    expect(notice?.text).toBe('Opened “One topic”. Undo brings “Five sources, four sinks, one log” back.');
    expect(readBackups(localStorage).map((b) => [b.name, b.reason])).toEqual([
      ['Five sources, four sinks, one log', 'replaced by New'],
    ]);

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(useFranz.getState().doc).toBe(before);
    expect(useFranz.getState().docEpoch).toBe(epoch + 2);
  });

  it('opens a lesson’s design, leaving an open lesson for the person’s own design first', async () => {
    const mine = openArticle();
    act(() => useFranz.getState().beginLesson('L2', mine));
    const { user } = renderNew();
    await user.click(screen.getByRole('button', { name: 'New' }));
    await user.click(
      screen.getByRole('button', { name: 'L5: Queue or publish-subscribe; where a group starts' }),
    );
    const { doc, lesson, past } = useFranz.getState();
    expect(lesson).toBeNull();
    expect(doc.name).toBe('Lesson: queue or publish-subscribe');
    expect(past).toEqual([mine]);
  });

  it('leaves everything as it was on Cancel', async () => {
    const before = openArticle();
    const { user, calls } = renderNew();
    await user.click(screen.getByRole('button', { name: 'New' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(useFranz.getState().doc).toBe(before);
    expect(useFranz.getState().past).toEqual([]);
    expect(calls).toEqual([]);
    expect(readBackups(localStorage)).toEqual([]);
  });
});

describe('renaming in the top bar', () => {
  it('turns the name into a field on click; Enter applies it as one undo step and titles the tab', async () => {
    const before = openArticle();
    const { user } = renderWithSim(<DesignName />);
    expect(document.title).toBe('Five sources, four sinks, one log · Franz');
    await user.click(screen.getByRole('button', { name: 'Five sources, four sinks, one log' }));
    const field = screen.getByRole('textbox', { name: 'Design name' });
    expect(document.activeElement).toBe(field);
    // All of it is selected: typing replaces it.
    await user.keyboard('  Orders EU {Enter}');
    expect(useFranz.getState().doc.name).toBe('Orders EU');
    expect(useFranz.getState().past).toEqual([before]);
    expect(document.title).toBe('Orders EU · Franz');
    // Back to the name, focused.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Orders EU' }));
  });

  it('opens the field with F2 or Enter; Escape puts the name back, and leaving the field applies', async () => {
    const before = openArticle();
    const { user } = renderWithSim(<DesignName />);
    screen.getByRole('button', { name: before.name }).focus();
    await user.keyboard('{F2}');
    await user.keyboard('Draft{Escape}');
    expect(useFranz.getState().doc).toBe(before);
    expect(screen.getByRole('button', { name: before.name })).toBe(document.activeElement);

    await user.keyboard('{Enter}');
    await user.keyboard('Draft');
    await user.tab();
    expect(useFranz.getState().doc.name).toBe('Draft');
    expect(useFranz.getState().past).toHaveLength(1);
  });

  it('refuses an empty name with a message, and the old name stays', async () => {
    const before = openArticle();
    const { user } = renderWithSim(<DesignName />);
    await user.click(screen.getByRole('button', { name: before.name }));
    await user.clear(screen.getByRole('textbox', { name: 'Design name' }));
    await user.keyboard('   {Enter}');
    expect(useFranz.getState().doc).toBe(before);
    expect(useFranz.getState().past).toEqual([]);
    expect(useFranz.getState().notice).toMatchObject({
      kind: 'error',
      text: 'A design needs a name. It stays “Five sources, four sinks, one log”.',
    });
    expect(screen.getByRole('button', { name: before.name })).toBeTruthy();
  });
});
