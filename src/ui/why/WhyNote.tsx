import './why.css';

/** One line saying why something surprising is happening, where it happens. */
export function WhyNote({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <p className="why-note" role="note">
      <span className="why-note__mark" aria-hidden="true">
        Why?
      </span>{' '}
      {text}
    </p>
  );
}
