import { useEffect, useRef, type ReactNode } from 'react';

/** What every config field tells the reader besides its value. */
export interface FieldMeta {
  /** The human label, which is also the input's accessible name. */
  label: string;
  /** Kafka's own name for the setting (`max.poll.records`), where Kafka has one. */
  kafka?: string | undefined;
  /** "default 500", "default 300000 ms (5 min)". */
  defaultText?: string | undefined;
  /** One short line on what the value means. */
  hint?: string | undefined;
  /** Set when the setting has no effect as the other settings stand: the control is greyed out and this says why. */
  disabledReason?: string | undefined;
}

export interface FieldIds {
  input: string;
  meta: string;
  error: string;
  pending: string;
}

export const fieldIds = (id: string): FieldIds => ({
  input: id,
  meta: `${id}-meta`,
  error: `${id}-error`,
  pending: `${id}-pending`,
});

/** A value the running simulation did not take: it applies on Reset. */
export interface Pending {
  /** "5 running · 3 on Reset". */
  badge: string;
  /** Why, in the engine's words. */
  message: string;
}

/** The ids an input points its aria-describedby at: the meta line, and the messages when there are some. */
export function describedBy(
  ids: FieldIds,
  meta: FieldMeta,
  error: string | null,
  pending?: Pending | undefined,
): string | undefined {
  const parts = [
    ...(hasMeta(meta) ? [ids.meta] : []),
    ...(meta.disabledReason ? [`${ids.meta}-off`] : []),
    ...(error ? [ids.error] : []),
    ...(pending ? [ids.pending] : []),
  ];
  return parts.length ? parts.join(' ') : undefined;
}

const hasMeta = (meta: FieldMeta) => Boolean(meta.kafka || meta.defaultText || meta.hint);

type FieldLayout = 'row' | 'stack' | 'check' | 'cell';

interface FieldFrameProps extends FieldMeta {
  ids: FieldIds;
  error: string | null;
  /**
   * row: label beside a short input; stack: a wide control under its label; check: a checkbox first;
   * cell: one column of a compact grid (a broker's settings), its label above it.
   */
  layout: FieldLayout;
  children: ReactNode;
  /** The control holds a refused value (red); a message under the value in force is not that. */
  invalid?: boolean;
  pending?: Pending | undefined;
}

/** Label, control, Kafka's name and default, and the refusal in red under it. */
export function FieldFrame({
  ids,
  error,
  layout,
  children,
  invalid = error !== null,
  pending,
  ...meta
}: FieldFrameProps) {
  // The engine's reason appears where the change was made: brought into view in a long inspector.
  const pendingRef = useRef<HTMLParagraphElement>(null);
  const pendingMessage = pending?.message;
  useEffect(() => {
    if (pendingMessage) pendingRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [pendingMessage]);
  const label = (
    <label className="form-field__label" htmlFor={ids.input}>
      {meta.label}
    </label>
  );
  return (
    <div
      className={`form-field form-field--${layout}${invalid ? ' form-field--invalid' : ''}${meta.disabledReason ? ' form-field--off' : ''}`}
    >
      {layout === 'check' ? (
        <div className="form-field__check">
          {children}
          {label}
        </div>
      ) : (
        <>
          {label}
          <div className="form-field__control">{children}</div>
        </>
      )}
      {hasMeta(meta) && (
        <p className="form-field__meta" id={ids.meta}>
          {meta.kafka && <code className="form-field__kafka">{meta.kafka}</code>}
          {meta.kafka && meta.defaultText && <span aria-hidden="true"> · </span>}
          {meta.defaultText && <span>{meta.defaultText}</span>}
          {meta.hint && <span className="form-field__hint">{meta.hint}</span>}
        </p>
      )}
      {meta.disabledReason && (
        <p className="form-field__off" id={`${ids.meta}-off`}>
          {meta.disabledReason}
        </p>
      )}
      {pending && (
        <p className="form-field__pending" id={ids.pending} role="status" ref={pendingRef}>
          <span className="form-field__pending-badge">{pending.badge}</span> {pending.message}
        </p>
      )}
      {error && (
        <p className="form-field__error" id={ids.error} role="alert">
          {/* The message names its field ("Disk must be more than 0"), so a cell's, spanning its row, is clear. */}
          {error}
        </p>
      )}
    </div>
  );
}
