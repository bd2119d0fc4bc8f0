import { modifiedShortcutOf, type CommandShortcut } from '../document-screen/shortcuts.ts';

export type ReviewShortcut =
  | CommandShortcut
  /** Accept the member at this index (0-based) of the current group. */
  | { kind: 'member'; index: number }
  | { kind: 'accept-all' }
  | { kind: 'reject' }
  | { kind: 'edit' }
  | { kind: 'escape' };

/** The review screen's keyboard map; null for keys it leaves alone. */
export function reviewShortcutOf(event: KeyboardEvent): ReviewShortcut | null {
  const modified = modifiedShortcutOf(event);
  if (modified !== undefined) return modified;
  if (event.altKey) return null;
  if (/^[1-9]$/.test(event.key)) return { kind: 'member', index: Number(event.key) - 1 };
  switch (event.key) {
    case 'n':
      return { kind: 'command', command: 'next-annotation' };
    case 'p':
      return { kind: 'command', command: 'previous-annotation' };
    case 'a':
      return { kind: 'accept-all' };
    case 'x':
      return { kind: 'reject' };
    case 'e':
      return { kind: 'edit' };
    case 'Escape':
      return { kind: 'escape' };
    default:
      return null;
  }
}
