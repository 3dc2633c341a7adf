// Matching key presses to shortcuts written as 'Mod+Shift+Z', 'Space', 'Delete'. Mod is Cmd on a Mac, else Ctrl.

export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

interface Shortcut {
  key: string;
  mod: boolean;
  shift: boolean;
  alt: boolean;
}

function parse(shortcut: string): Shortcut {
  const parts = shortcut.split('+');
  const key = parts.pop()!.toLowerCase();
  return { key, mod: parts.includes('Mod'), shift: parts.includes('Shift'), alt: parts.includes('Alt') };
}

/** The key's name as shortcuts spell it: 'z', 'space', 'delete'. */
function keyName(press: KeyPress): string {
  return press.key === ' ' ? 'space' : press.key.toLowerCase();
}

export function matchesShortcut(press: KeyPress, shortcut: string, isMac: boolean): boolean {
  const want = parse(shortcut);
  const mod = isMac ? press.metaKey : press.ctrlKey;
  const otherMod = isMac ? press.ctrlKey : press.metaKey;
  if (mod !== want.mod || otherMod || press.shiftKey !== want.shift || press.altKey !== want.alt)
    return false;
  if (keyName(press) === want.key) return true;
  // Letters and digits by position too: Ctrl+Z still undoes on a keyboard whose Z key types another
  // letter, and Shift+1 is Shift+1 though the key then types '!'.
  if (/^[a-z]$/.test(want.key)) return press.code === `Key${want.key.toUpperCase()}`;
  if (/^[0-9]$/.test(want.key)) return press.code === `Digit${want.key}`;
  return false;
}

/** Whether a shortcut leaves out Ctrl, Cmd and Alt, so it would type or press something in a control. */
export function isBareShortcut(shortcut: string): boolean {
  const { mod, alt } = parse(shortcut);
  return !mod && !alt;
}

export function isMacPlatform(): boolean {
  return (
    typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent)
  );
}
