/** Where a key press lands: typing in a field, pressing a control, or neither (the page, the canvas). */
export type KeyTarget = 'text' | 'control' | 'other';

interface TargetLike {
  tagName?: string;
  isContentEditable?: boolean;
  type?: string;
  getAttribute?(name: string): string | null;
}

const NON_TEXT_INPUTS = new Set([
  'button',
  'checkbox',
  'radio',
  'range',
  'color',
  'file',
  'submit',
  'reset',
  'image',
]);

export function keyTarget(target: unknown): KeyTarget {
  const el = target as TargetLike | null;
  const tag = el?.tagName?.toUpperCase();
  if (!el || !tag) return 'other';
  if (el.isContentEditable || tag === 'TEXTAREA') return 'text';
  if (tag === 'INPUT') return NON_TEXT_INPUTS.has((el.type ?? 'text').toLowerCase()) ? 'control' : 'text';
  if (tag === 'SELECT' || tag === 'BUTTON' || tag === 'A') return 'control';
  const role = el.getAttribute?.('role');
  return role === 'button' || role === 'checkbox' || role === 'switch' || role === 'menuitem'
    ? 'control'
    : 'other';
}
