import { useCallback, useEffect, useRef, useState, useSyncExternalStore, type RefObject } from 'react';
import type { Annotation } from '../../app/model/annotation.ts';
import type { AnnotationId, DocumentId } from '../../app/model/ids.ts';
import type { Label } from '../../app/model/labels.ts';
import { BUILT_IN_LABELS } from '../../app/model/labels.ts';
import { RECONCILED_ANNOTATOR } from '../../app/model/review.ts';
import { AnnotationDetails } from '../annotations/AnnotationDetails.tsx';
import { AnnotationList } from '../annotations/AnnotationList.tsx';
import { LabelToolbar } from '../annotations/LabelToolbar.tsx';
import { OrphanList } from '../annotations/OrphanList.tsx';
import { SpanPicker } from '../annotations/SpanPicker.tsx';
import type { DocumentSession } from '../document/document-session.ts';
import { DocumentPane } from '../document-view/DocumentPane.tsx';
import type { DocumentViewController } from '../document-view/document-view-controller.ts';
import type { ScreenCommand } from '../shell/views.ts';
import { useAppServices } from '../shell/app-services.ts';
import { useScreenCommands } from '../shell/use-screen-commands.ts';
import { isTypingTarget, shortcutOf } from './shortcuts.ts';
import { useDocumentSession } from './use-document-session.ts';
import { usePlaceOrphan } from './use-place-orphan.ts';

export interface DocumentScreenProps {
  documentId: DocumentId;
  commandsRef: RefObject<((command: ScreenCommand) => void) | null>;
  onClose(): void;
  /** Opens the review of this document's layers. */
  onReview(): void;
}

export function DocumentScreen({ documentId, commandsRef, onClose, onReview }: DocumentScreenProps) {
  const { db } = useAppServices();
  const state = useDocumentSession(db, documentId);
  if (state.status === 'loading') return <div className="screen-loading">Opening document…</div>;
  if (state.status === 'missing')
    return (
      <div className="screen-loading">
        This document is no longer in the library.{' '}
        <button type="button" className="button" onClick={onClose}>
          Back to library
        </button>
      </div>
    );
  return <OpenDocument session={state.session} title={state.row.title} commandsRef={commandsRef} onReview={onReview} />;
}

/**
 * The title comes from the row read when the document opened, not a live query: every edit
 * writes that row (its counts), and a live query would re-render the screen between the
 * write and its commit.
 */
function OpenDocument({
  session,
  title,
  commandsRef,
  onReview,
}: {
  session: DocumentSession;
  title: string;
  commandsRef: DocumentScreenProps['commandsRef'];
  onReview(): void;
}) {
  const { annotator, preferences, notify } = useAppServices();
  useSyncExternalStore(session.subscribe, session.getVersion);

  const controllerRef = useRef<DocumentViewController | null>(null);
  const [selectedId, setSelectedId] = useState<AnnotationId | null>(null);
  const [picker, setPicker] = useState<{ annotations: Annotation[]; point: { x: number; y: number } } | null>(null);
  const selected = selectedId ? session.get(selectedId) : undefined;

  const select = useCallback((id: AnnotationId | null) => {
    setSelectedId(id);
    controllerRef.current?.select(id);
  }, []);
  const onController = useCallback(
    (controller: DocumentViewController | null) => {
      controllerRef.current = controller;
    },
    [],
  );
  // A span removed by delete or undo cannot stay selected.
  useEffect(() => {
    if (selectedId && !session.get(selectedId)) select(null);
  });

  const choose = useCallback(
    (annotation: Annotation) => {
      select(annotation.id);
      controllerRef.current?.reveal(annotation);
    },
    [select],
  );

  const tag = useCallback(
    (label: Label) => {
      const controller = controllerRef.current;
      const range = controller?.selectionRange(preferences.snapToWords);
      if (range) {
        const annotation = session.create(label.id, range, annotator);
        controller!.clearSelection();
        // Selected (and shown in the details) once its write has landed, like the list.
        session.afterWrites(() => select(annotation.id));
      } else if (selectedId) {
        session.update(selectedId, { label: label.id });
      } else {
        notify({ kind: 'info', title: `Select some text to tag it as ${label.name}` });
      }
    },
    [session, annotator, preferences.snapToWords, selectedId, select, notify],
  );

  const placeOrphan = usePlaceOrphan(session, controllerRef, select);

  const step = useCallback(
    (direction: 1 | -1) => {
      const list = session.sorted();
      if (list.length === 0) return;
      const current = selectedId ? list.findIndex((annotation) => annotation.id === selectedId) : -1;
      const next = current < 0 ? (direction > 0 ? 0 : list.length - 1) : (current + direction + list.length) % list.length;
      choose(list[next]!);
    },
    [session, selectedId, choose],
  );

  const runCommand = useScreenCommands(commandsRef, session, step);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTypingTarget(event.target) || document.querySelector('dialog[open]')) return;
      const shortcut = shortcutOf(event);
      if (!shortcut) return;
      event.preventDefault();
      if (shortcut.kind === 'label') {
        const label = BUILT_IN_LABELS.find((candidate) => candidate.shortcut === shortcut.key);
        if (label) tag(label);
      } else if (shortcut.kind === 'command') runCommand(shortcut.command);
      else if (shortcut.kind === 'delete' && selectedId) session.remove(selectedId);
      else if (shortcut.kind === 'escape') {
        setPicker(null);
        select(null);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [tag, runCommand, selectedId, session, select]);

  const annotations = session.sorted();
  // The annotators with a layer here, from the session (it holds every layer of the document);
  // the reconciled layer is a review's outcome, not a side to compare.
  const layers = session.annotators().filter((id) => id !== RECONCILED_ANNOTATOR);
  return (
    <div className="document-screen">
      <div className="document-main">
        <div className="document-head">
          <div className="document-title-row">
            <h1 className="document-title">{title}</h1>
            <button
              type="button"
              className="button small"
              onClick={onReview}
              disabled={layers.length < 2}
              title={layers.length < 2 ? 'Review needs the layers of two or more annotators (import a colleague’s annotations)' : `Compare the layers of ${layers.length} annotators`}
            >
              Review
            </button>
          </div>
          <LabelToolbar
            onTag={tag}
            onUndo={() => session.undo()}
            onRedo={() => session.redo()}
            canUndo={session.history.canUndo}
            canRedo={session.history.canRedo}
            undoTitle={session.history.nextUndo}
            redoTitle={session.history.nextRedo}
          />
          {session.writeError && (
            <p className="form-error" role="alert">
              {session.writeError}
            </p>
          )}
        </div>
        <DocumentPane
          session={session}
          onController={onController}
          onClickAnnotations={(hits, point) => {
            if (hits.length === 0) {
              setPicker(null);
              return select(null);
            }
            select(hits[0]!.id);
            setPicker(hits.length > 1 ? { annotations: hits, point } : null);
          }}
        />
      </div>
      <aside className="side-panel">
        {selected && (
          <AnnotationDetails
            annotation={selected}
            onRelabel={(label) => session.update(selected.id, { label: label.id })}
            onNote={(note) => session.update(selected.id, { note })}
            onDelete={() => session.remove(selected.id)}
            onClose={() => select(null)}
          />
        )}
        <AnnotationList annotations={annotations} version={session.version} selectedId={selectedId} onChoose={choose} />
        <OrphanList documentId={session.documentId} onPlace={placeOrphan} />
      </aside>
      {picker && (
        <SpanPicker
          annotations={picker.annotations}
          point={picker.point}
          onClose={() => setPicker(null)}
          onPick={(annotation) => {
            setPicker(null);
            select(annotation.id);
          }}
        />
      )}
    </div>
  );
}
