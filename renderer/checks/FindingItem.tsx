// One finding of the Checks screen: what is wrong, where (document and the text around it), and
// what can be done: its fix (own layer only), Open, Dismiss or Restore. Enter or a click on the
// row opens the document at the place; the arrow keys move between rows.

import type { KeyboardEvent } from 'react';
import type { Finding, FindingFix } from '../../app/checks/index.ts';
import type { LabelId } from '../../app/model/ids.ts';
import { labelName } from '../../app/model/labels.ts';

export interface FindingItemProps {
  finding: Finding;
  /** Document title and text around the first place, for the second line. */
  place: { title: string; before: string; quote: string; after: string };
  /** The fix's button text; null when the finding offers none (or the layer is not the analyst's). */
  fixText: string | null;
  dismissed: boolean;
  onOpen(): void;
  onFix(): void;
  onDismiss(): void;
  onRestore(): void;
}

export function FindingItem({
  finding,
  place,
  fixText,
  dismissed,
  onOpen,
  onFix,
  onDismiss,
  onRestore,
}: FindingItemProps) {
  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (event.target !== event.currentTarget) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      onOpen();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const rows = [...document.querySelectorAll<HTMLElement>('.check-finding')];
      rows[rows.indexOf(event.currentTarget) + (event.key === 'ArrowDown' ? 1 : -1)]?.focus();
    }
  };
  const label = finding.locations[0]?.label;
  const more = finding.locations.length - 1;
  return (
    <li
      className={`check-finding${dismissed ? ' dismissed' : ''}`}
      tabIndex={0}
      onClick={onOpen}
      onKeyDown={onKeyDown}
      data-kind={finding.kind}
      aria-label={finding.message}
    >
      <div className="check-body">
        <div className="check-message">{finding.message}</div>
        <div className="check-place">
          <span className="check-document">{place.title}</span>
          <span className="check-context">
            {place.before}
            <mark
              className={`check-quote${label ? ` check-quote-${label}` : ' check-quote-missing'}`}
            >
              {place.quote}
            </mark>
            {place.after}
          </span>
          {more > 0 && <span className="check-more">+{more} more</span>}
        </div>
      </div>
      <div className="check-actions" onClick={(event) => event.stopPropagation()}>
        {dismissed ? (
          <button type="button" className="button small" onClick={onRestore}>
            Restore
          </button>
        ) : (
          <>
            {fixText !== null && (
              <button type="button" className="button small primary" onClick={onFix}>
                {fixText}
              </button>
            )}
            <button type="button" className="button small" onClick={onOpen}>
              Open
            </button>
            <button
              type="button"
              className="button small ghost"
              onClick={onDismiss}
              title="Set this finding aside; it stays dismissed"
            >
              Dismiss
            </button>
          </>
        )}
      </div>
    </li>
  );
}

/** The fix's button text, or null for `open` (the Open button is there anyway). */
export function fixButtonText(
  fix: FindingFix,
  entityName: (id: string) => string,
  labelNameOf: (id: LabelId) => string = labelName,
): string | null {
  switch (fix.kind) {
    case 'tag':
      return `Tag as ${labelNameOf(fix.label)}`;
    case 'relabel':
      return `Relabel ${fix.annotationIds.length === 1 ? 'it' : fix.annotationIds.length} as ${labelNameOf(fix.label)}`;
    case 'link-entity':
      return `Link ${fix.annotationIds.length === 1 ? 'it' : fix.annotationIds.length} to ${entityName(fix.entity)}`;
    case 'confirm-value':
      return 'Confirm value';
    case 'open':
      return null;
  }
}
