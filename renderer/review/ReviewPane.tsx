import { useCallback, useEffect, useRef, useState } from 'react';
import type { CodePointRange } from '../../app/model/offsets.ts';
import type { SpanGroup } from '../../app/reconcile/compare-layers.ts';
import { spansClickedAt } from '../../app/model/spans-overlapping.ts';
import { DocumentText } from '../document-view/DocumentText.tsx';
import { DomOffsets } from '../document-view/dom-offsets.ts';
import { ReviewPainter } from './review-painter.ts';
import type { ReviewSession } from './review-session.ts';

/** What the review screen may ask of the rendered text. */
export interface ReviewView {
  painter: ReviewPainter;
  /** The selected text as a code-point range (trimmed of spaces), or null. */
  selectionRange(): CodePointRange | null;
  /** Scrolls a group into the middle of the view. */
  reveal(group: SpanGroup): void;
}

export interface ReviewPaneProps {
  session: ReviewSession;
  onView(view: ReviewView | null): void;
  /** A click on the text: the groups under it, innermost first. */
  onClickGroups(groups: SpanGroup[]): void;
}

/** The document's text, read-only, with the review's span groups painted over it. */
export function ReviewPane({ session, onView, onClickGroups }: ReviewPaneProps) {
  const viewRef = useRef<{ view: ReviewView; offsets: DomOffsets; scroller: HTMLElement } | null>(
    null,
  );
  const [ready, setReady] = useState(false);

  const onReady = useCallback(
    (root: HTMLElement, paragraphElements: HTMLElement[]) => {
      viewRef.current?.view.painter.dispose();
      const scroller = root.closest<HTMLElement>('.document-scroll')!;
      const offsets = new DomOffsets(root, paragraphElements, session.paragraphs, session.index);
      const painter = new ReviewPainter(session, offsets, scroller);
      const view: ReviewView = {
        painter,
        selectionRange: () => offsets.selectionRange(session.text, false),
        reveal(group) {
          const [first] = painter.paragraphsOf(group);
          const range = first === undefined ? null : painter.rangeFor(group, first);
          const box = range?.getBoundingClientRect();
          if (!box || box.height === 0) {
            offsets.paragraphElements[first ?? 0]?.scrollIntoView({ block: 'center' });
            return;
          }
          const container = scroller.getBoundingClientRect();
          // Only when it is out of view, so stepping through nearby groups does not jolt the text.
          if (box.top < container.top + 40 || box.bottom > container.bottom - 40)
            scroller.scrollTop += box.top - container.top - container.height / 2 + box.height / 2;
        },
      };
      viewRef.current = { view, offsets, scroller };
      painter.updateVisible();
      onView(view);
      // The review's first screen and its span groups are painted (read by npm run bench).
      requestAnimationFrame(() =>
        performance.mark('marginalia:review-painted', { detail: session.documentId }),
      );
    },
    [session, onView],
  );

  const onMore = useCallback((paragraphElements: HTMLElement[], done: boolean) => {
    const current = viewRef.current;
    if (current) {
      current.offsets.append(paragraphElements);
      current.view.painter.paragraphsAdded();
    }
    if (done) setReady(true);
  }, []);

  // Decisions change statuses: repaint what is in view.
  useEffect(() => session.subscribe(() => viewRef.current?.view.painter.refresh()), [session]);

  useEffect(
    () => () => {
      viewRef.current?.view.painter.dispose();
      viewRef.current = null;
      onView(null);
    },
    [session, onView],
  );

  const onMouseUp = (event: React.MouseEvent) => {
    const current = viewRef.current;
    if (!current || event.button !== 0) return;
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed) return;
    const offset = current.offsets.codePointAtPoint(event.clientX, event.clientY);
    onClickGroups(offset === null ? [] : spansClickedAt(offset, (at) => session.groupsAt(at)));
  };

  return (
    <div
      className="document-scroll"
      data-ready={ready ? 'true' : 'false'}
      onMouseUp={onMouseUp}
      tabIndex={-1}
    >
      <article className="document-page">
        <DocumentText
          documentKey={`review-${session.documentId}`}
          paragraphs={session.paragraphs}
          onReady={onReady}
          onMore={onMore}
        />
      </article>
    </div>
  );
}
