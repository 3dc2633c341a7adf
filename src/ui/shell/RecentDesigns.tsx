import { useState } from 'react';
import { useFranz } from '../../store/store';
import { readBackups, MAX_BACKUPS, type Backup } from '../persistence/backups';
import { designInBackup } from '../persistence/designInBackup';
import { downloadBackup } from '../persistence/downloadBackup';
import { browserEnv } from '../persistence/pageEnv';
import { restoreBackup } from '../persistence/restoreBackup';
import { Modal } from './Modal';

const WHEN = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

function when(savedAt: string): string {
  const time = new Date(savedAt);
  return Number.isNaN(time.getTime()) ? 'at an unknown time' : WHEN.format(time);
}

/** The Recent designs view: what was kept, when and why, to restore or download. */
export function RecentDesigns() {
  const open = useFranz((s) => s.recentOpen);
  if (!open) return null;
  return <RecentDesignsDialog />;
}

function RecentDesignsDialog() {
  const showRecent = useFranz((s) => s.showRecent);
  const [storage] = useState(() => browserEnv().storage);
  const [backups] = useState(() => readBackups(storage));
  const close = () => showRecent(false);
  const restore = (backup: Backup) => {
    if (restoreBackup(useFranz, backup, storage)) close();
  };
  return (
    <RecentDesignsList
      backups={backups}
      onRestore={restore}
      onDownload={(b) => downloadBackup(b.name, b.text)}
      onClose={close}
    />
  );
}

/** The list itself, apart from storage and store (tests render it as it is). */
export function RecentDesignsList({
  backups,
  onRestore,
  onDownload,
  onClose,
}: {
  backups: readonly Backup[];
  onRestore(backup: Backup): void;
  onDownload(backup: Backup): void;
  onClose(): void;
}) {
  return (
    <Modal labelledBy="recent-title" describedBy="recent-text" onCancel={onClose} className="modal--wide">
      <h2 id="recent-title" className="modal__title">
        Recent designs
      </h2>
      <p id="recent-text" className="modal__text">
        Designs replaced by a shared link or a restore, and saved designs that could not be read. This browser
        keeps the last {MAX_BACKUPS}.
      </p>
      {backups.length === 0 ? (
        <p className="recent__empty">Nothing kept yet.</p>
      ) : (
        <ul className="recent">
          {backups.map((backup) => {
            const design = designInBackup(backup.text);
            return (
              <li
                key={backup.savedAt + backup.text.length + backup.name}
                className="recent__item"
                aria-label={backup.name}
              >
                <div className="recent__about">
                  <p className="recent__name">{backup.name}</p>
                  <p className="recent__meta">
                    <time dateTime={backup.savedAt}>{when(backup.savedAt)}</time>
                    <span aria-hidden="true"> · </span>
                    <span className="recent__reason">{backup.reason}</span>
                  </p>
                </div>
                <div className="recent__actions">
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => onRestore(backup)}
                    disabled={!design.ok}
                    title={
                      design.ok
                        ? 'Open this design; the current one is kept here'
                        : `Cannot be opened: ${design.reason}`
                    }
                  >
                    Restore
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => onDownload(backup)}
                    title="Download the text as it was saved"
                  >
                    Download
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <div className="modal__actions">
        <button type="button" className="button" onClick={onClose} data-autofocus>
          Close
        </button>
      </div>
    </Modal>
  );
}
