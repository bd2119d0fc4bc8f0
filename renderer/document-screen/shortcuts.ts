import type { ScreenCommand } from '../shell/views.ts';

export type Shortcut =
  | { kind: 'label'; key: string }
  | { kind: 'link'; key: string }
  | CommandShortcut
  | { kind: 'delete' }
  | { kind: 'suggestion'; action: SuggestionAction }
  | { kind: 'enter' }
  | { kind: 'escape' };

/** The keyboard walk through suggestions: s and Shift+S move, y accepts (as Enter does), x rejects. */
export type SuggestionAction = 'next' | 'previous' | 'accept' | 'reject';

const SUGGESTION_KEYS = new Map<string, SuggestionAction>([
  ['s', 'next'],
  ['S', 'previous'],
  ['y', 'accept'],
  ['x', 'reject'],
]);

export interface CommandShortcut {
  kind: 'command';
  command: ScreenCommand;
}

/**
 * What every screen makes of a key held with Ctrl or Cmd: undo (Z), redo (Shift+Z, Y), or
 * nothing (null). Undefined when neither is held: the screen's own map decides.
 */
export function modifiedShortcutOf(event: KeyboardEvent): CommandShortcut | null | undefined {
  if (!event.ctrlKey && !event.metaKey) return undefined;
  if (event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return { kind: 'command', command: event.shiftKey ? 'redo' : 'undo' };
  if (key === 'y' && !event.shiftKey) return { kind: 'command', command: 'redo' };
  return null;
}

/** The document screen's keyboard map; null for keys it leaves alone. */
export function shortcutOf(event: KeyboardEvent): Shortcut | null {
  const modified = modifiedShortcutOf(event);
  if (modified !== undefined) return modified;
  if (event.altKey) return null;
  if (/^[1-9]$/.test(event.key)) return { kind: 'label', key: event.key };
  if (event.key === 'c' || event.key === 'd' || event.key === 't')
    return { kind: 'link', key: event.key };
  if (event.key === 'Enter') return { kind: 'enter' };
  const suggestionAction = SUGGESTION_KEYS.get(event.key);
  if (suggestionAction) return { kind: 'suggestion', action: suggestionAction };
  if (event.key === 'n') return { kind: 'command', command: 'next-annotation' };
  if (event.key === 'p') return { kind: 'command', command: 'previous-annotation' };
  if (event.key === 'Delete' || event.key === 'Backspace') return { kind: 'delete' };
  if (event.key === 'Escape') return { kind: 'escape' };
  return null;
}

/** Keys typed into a text field are text, not shortcuts. */
export function isTypingTarget(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable && target.getAttribute('contenteditable') === 'true'
      ? true
      : ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}
