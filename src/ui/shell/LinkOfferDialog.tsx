import type { LinkOffer } from '../../store/keepingSlice';
import { useFranz } from '../../store/store';
import { Modal } from './Modal';

/** The question a share link asks before it replaces a different design: Open shared, or Keep mine (Escape). */
export function LinkOfferDialog() {
  const offer = useFranz((s) => s.linkOffer);
  return offer ? <LinkQuestion key={offer.sharedName + offer.currentName} offer={offer} /> : null;
}

/** The dialog itself, apart from the store (tests render it as it is). */
export function LinkQuestion({ offer }: { offer: LinkOffer }) {
  return (
    <Modal labelledBy="link-offer-title" describedBy="link-offer-text" onCancel={offer.keep}>
      <h2 id="link-offer-title" className="modal__title">
        Open the shared design “{offer.sharedName}”?
      </h2>
      <p id="link-offer-text" className="modal__text">
        Your current design “{offer.currentName}” will be kept in Recent designs.
      </p>
      <div className="modal__actions">
        <button type="button" className="button" onClick={offer.keep}>
          Keep mine
        </button>
        <button type="button" className="button button--primary" onClick={offer.open} data-autofocus>
          Open shared
        </button>
      </div>
    </Modal>
  );
}
