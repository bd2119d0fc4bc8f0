import { useCallback, useMemo, type RefObject } from 'react';
import type { Suggestion, SuggestionSource } from '../../app/suggestions/index.ts';
import type { SuggestionAction } from '../document-screen/shortcuts.ts';
import type { DocumentViewController } from '../document-view/document-view-controller.ts';
import type { Notice } from '../shell/app-services.ts';
import { KIND_NAMES, type DocumentSuggestions } from './document-suggestions.ts';

export interface SuggestionCommands {
  /** Makes a suggestion the current one and scrolls it into view (a click in the list). */
  reveal(suggestion: Suggestion): void;
  /** Accepts every shown suggestion of a kind, in one undoable step, and says how many. */
  acceptAll(source: SuggestionSource): void;
  /** The keyboard walk: s, Shift+S, y (and Enter), x. */
  run(action: SuggestionAction): void;
}

/** What the document screen does with its suggestions, from the list's buttons and the keys. */
export function useSuggestionCommands(
  suggestions: DocumentSuggestions | null,
  controllerRef: RefObject<DocumentViewController | null>,
  notify: (notice: Omit<Notice, 'id'>) => void,
): SuggestionCommands {
  const reveal = useCallback(
    (suggestion: Suggestion) => {
      suggestions?.setCurrent(suggestion.key);
      controllerRef.current?.reveal(suggestion);
    },
    [suggestions, controllerRef],
  );
  const acceptAll = useCallback(
    (source: SuggestionSource) => {
      const accepted = suggestions?.acceptAll(source) ?? 0;
      if (accepted > 0)
        notify({
          kind: 'success',
          title: `Accepted ${accepted} ${KIND_NAMES[source][accepted === 1 ? 0 : 1]}`,
          details: ['Undo takes them all back.'],
        });
    },
    [suggestions, notify],
  );
  const run = useCallback(
    (action: SuggestionAction) => {
      if (!suggestions) return;
      if (action === 'next' || action === 'previous') {
        const next = suggestions.step(action === 'next' ? 1 : -1);
        if (next) controllerRef.current?.reveal(next);
        else notify({ kind: 'info', title: 'No suggestions in this document' });
        return;
      }
      const current = suggestions.current();
      if (!current) {
        notify({
          kind: 'info',
          title: 'No suggestion chosen',
          details: ['s walks to the next suggestion, Shift+S to the previous one.'],
        });
        return;
      }
      if (action === 'accept') suggestions.accept(current);
      else suggestions.reject(current);
      // The walk moved on to the next one: show it.
      const next = suggestions.current();
      if (next) controllerRef.current?.reveal(next);
    },
    [suggestions, controllerRef, notify],
  );
  return useMemo(() => ({ reveal, acceptAll, run }), [reveal, acceptAll, run]);
}
