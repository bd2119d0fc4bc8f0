import { useCallback, useEffect, useRef, useState } from 'react';
import type { Annotation } from '../../app/model/annotation.ts';
import type { DocumentSession } from '../document/document-session.ts';
import { DocumentText } from './DocumentText.tsx';
import { DomOffsets } from './dom-offsets.ts';
import { DocumentViewController } from './document-view-controller.ts';
import { extendSelectionByKey } from './keyboard-selection.ts';

export interface DocumentPaneProps {
  session: DocumentSession;
  onController(controller: DocumentViewController | null): void;
  /** A click on the text: the annotations under it (innermost first) and where it happened. */
  onClickAnnotations(annotations: Annotation[], point: { x: number; y: number }): void;
  /** The mouse let go of a text selection (linking, when armed, tags and links it). */
  onSelectText?(): void;
}

/** The scrolling document: Lexical text, highlights, mouse and keyboard selection. */
export function DocumentPane({
  session,
  onController,
  onClickAnnotations,
  onSelectText,
}: DocumentPaneProps) {
  const controllerRef = useRef<DocumentViewController | null>(null);
  const [ready, setReady] = useState(false);

  const onReady = useCallback(
    (root: HTMLElement, paragraphElements: HTMLElement[]) => {
      controllerRef.current?.dispose();
      // Lexical reports before React has attached this component's own refs, so the scroll
      // container is found from the editor's root instead of scrollRef.
      const scrollContainer = root.closest<HTMLElement>('.document-scroll')!;
      const controller = new DocumentViewController(
        session,
        new DomOffsets(root, paragraphElements, session.paragraphs, session.index),
        scrollContainer,
      );
      controllerRef.current = controller;
      onController(controller);
      // Marks the moment the document's first screen and its highlights are painted (read by npm run bench).
      requestAnimationFrame(() => {
        performance.mark('marginalia:document-painted', { detail: session.documentId });
        session.markPainted();
      });
    },
    [session, onController],
  );

  const onMore = useCallback((paragraphElements: HTMLElement[], done: boolean) => {
    controllerRef.current?.appendParagraphs(paragraphElements, done);
    if (done) setReady(true);
  }, []);

  useEffect(
    () => () => {
      controllerRef.current?.dispose();
      controllerRef.current = null;
      onController(null);
    },
    [session, onController],
  );

  const onMouseUp = (event: React.MouseEvent) => {
    const controller = controllerRef.current;
    if (!controller || event.button !== 0) return;
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed) {
      onSelectText?.();
      return;
    }
    onClickAnnotations(controller.annotationsAtPoint(event.clientX, event.clientY), {
      x: event.clientX,
      y: event.clientY,
    });
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (extendSelectionByKey(event.nativeEvent, window.getSelection())) event.preventDefault();
  };

  return (
    <div
      className="document-scroll"
      data-ready={ready ? 'true' : 'false'}
      onMouseUp={onMouseUp}
      onKeyDown={onKeyDown}
      tabIndex={-1}
    >
      <article className="document-page">
        <DocumentText
          documentKey={session.documentId}
          paragraphs={session.paragraphs}
          onReady={onReady}
          onMore={onMore}
        />
      </article>
    </div>
  );
}
