import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type RefObject,
} from 'react';
import type { Annotation } from '../../app/model/annotation.ts';
import type { AnnotationId, DocumentId, EntityId, RelationTypeId } from '../../app/model/ids.ts';
import type { Label } from '../../app/model/labels.ts';
import { CLAIM } from '../../app/model/labels.ts';
import { labelOfKey } from '../../app/model/label-set.ts';
import { useLabels } from '../labels/use-labels.ts';
import { BUILT_IN_RELATION_TYPES, findRelationType } from '../../app/model/relation.ts';
import { RECONCILED_ANNOTATOR } from '../../app/model/review.ts';
import { AnnotationDetails } from '../annotations/AnnotationDetails.tsx';
import { AnnotationList } from '../annotations/AnnotationList.tsx';
import { LabelToolbar } from '../annotations/LabelToolbar.tsx';
import { OrphanList } from '../annotations/OrphanList.tsx';
import { describeEnrichment } from '../annotations/describe-enrichment.ts';
import { relationTypeOfKey } from '../annotations/relation-shortcuts.ts';
import { DocumentHeader } from './DocumentHeader.tsx';
import { DocumentByline } from '../document-details/DocumentByline.tsx';
import { useEntities } from '../entities/use-entities.ts';
import { SpanPicker } from '../annotations/SpanPicker.tsx';
import type { DocumentSession } from '../document/document-session.ts';
import { DocumentPane } from '../document-view/DocumentPane.tsx';
import type { DocumentViewController } from '../document-view/document-view-controller.ts';
import type { DocumentFocus, ScreenCommand } from '../shell/views.ts';
import { useAppServices } from '../shell/app-services.ts';
import { useScreenCommands } from '../shell/use-screen-commands.ts';
import { SuggestionPanel } from '../suggestions/SuggestionPanel.tsx';
import {
  useDocumentSuggestions,
  useSuggestionPainter,
} from '../suggestions/use-document-suggestions.ts';
import { useSuggestionCommands } from '../suggestions/use-suggestion-commands.ts';
import { isTypingTarget, shortcutOf } from './shortcuts.ts';
import { useDocumentSession } from './use-document-session.ts';
import { usePlaceOrphan } from './use-place-orphan.ts';

export interface DocumentScreenProps {
  documentId: DocumentId;
  /** Where to land: set when another screen (search, checks, timeline) opens the document. */
  focus?: DocumentFocus | undefined;
  commandsRef: RefObject<((command: ScreenCommand) => void) | null>;
  onClose(): void;
  /** Opens the review of this document's layers. */
  onReview(): void;
}

export function DocumentScreen({
  documentId,
  focus,
  commandsRef,
  onClose,
  onReview,
}: DocumentScreenProps) {
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
  return (
    <OpenDocument
      session={state.session}
      focus={focus}
      commandsRef={commandsRef}
      onReview={onReview}
    />
  );
}

/**
 * The title and publication date come from the session (which keeps the row current), not a
 * live query: every edit writes that row (its counts), and a live query would re-render the
 * screen between the write and its commit.
 */
function OpenDocument({
  session,
  focus,
  commandsRef,
  onReview,
}: {
  session: DocumentSession;
  focus: DocumentFocus | undefined;
  commandsRef: DocumentScreenProps['commandsRef'];
  onReview(): void;
}) {
  const { db, annotator, preferences, notify } = useAppServices();
  const labels = useLabels();
  // The library's entities, read once here: their names for the side panel, and their search
  // index for an actor's Entity field (kept per database, so selecting an actor builds nothing).
  const entities = useEntities(db);
  const entityNames = useMemo(
    () => new Map<EntityId, string>([...entities.byId].map(([id, entity]) => [id, entity.name])),
    [entities.byId],
  );
  useSyncExternalStore(session.subscribe, session.getVersion);

  const controllerRef = useRef<DocumentViewController | null>(null);
  /** The same controller as state, for what is drawn over the view once it exists (suggestions). */
  const [view, setView] = useState<DocumentViewController | null>(null);
  const [selectedId, setSelectedId] = useState<AnnotationId | null>(null);
  const [picker, setPicker] = useState<{
    annotations: Annotation[];
    point: { x: number; y: number };
  } | null>(null);
  const selected = selectedId ? session.get(selectedId) : undefined;
  /** The relation type whose linking is armed (c, d or t with a claim selected). */
  const [armed, setArmed] = useState<RelationTypeId | null>(null);
  const armedType = armed ? findRelationType(BUILT_IN_RELATION_TYPES, armed) : undefined;

  const select = useCallback((id: AnnotationId | null) => {
    setSelectedId(id);
    controllerRef.current?.select(id);
  }, []);
  // Lands once on each place another screen opened the document at: its annotation selected
  // when the document still holds it, else the span scrolled to and flashed. The controller may
  // arrive before or after the focus, so both ask.
  const focusRef = useRef(focus);
  focusRef.current = focus;
  const landedOn = useRef<DocumentFocus | undefined>(undefined);
  const land = useCallback(() => {
    const target = focusRef.current;
    const controller = controllerRef.current;
    if (!target || !controller || landedOn.current === target) return;
    landedOn.current = target;
    const annotation = target.annotationId ? session.get(target.annotationId) : undefined;
    if (annotation) select(annotation.id);
    controller.reveal(annotation ?? target);
  }, [session, select]);
  useEffect(land, [focus, land]);
  const onController = useCallback(
    (controller: DocumentViewController | null) => {
      controllerRef.current = controller;
      setView(controller);
      land();
    },
    [land],
  );
  // A span removed by delete or undo cannot stay selected.
  useEffect(() => {
    if (selectedId && !session.get(selectedId)) select(null);
  });
  // Linking stays armed only while a claim is selected.
  const selectedLabel = selected?.label;
  useEffect(() => {
    if (armed && selectedLabel !== CLAIM) setArmed(null);
  }, [armed, selectedLabel]);

  const link = useCallback(
    (type: RelationTypeId, to: AnnotationId) => {
      if (!selectedId) return;
      const result = session.link(selectedId, type, to);
      if (typeof result === 'string')
        notify({ kind: 'info', title: 'Not linked', details: [result] });
    },
    [session, selectedId, notify],
  );

  /** With linking armed, the selected text becomes the linked span: tagged and linked at once. */
  const linkSelection = useCallback((): boolean => {
    const controller = controllerRef.current;
    if (!armedType || !selectedId || !controller) return false;
    const range = controller.selectionRange(preferences.snapToWords);
    if (!range) return false;
    const result = session.createLinked(armedType.to, range, annotator, selectedId, armedType.id);
    controller.clearSelection();
    setArmed(null);
    if (typeof result === 'string')
      notify({ kind: 'info', title: 'Not linked', details: [result] });
    return true;
  }, [armedType, selectedId, session, annotator, preferences.snapToWords, notify]);

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
      const current = selectedId
        ? list.findIndex((annotation) => annotation.id === selectedId)
        : -1;
      const next =
        current < 0
          ? direction > 0
            ? 0
            : list.length - 1
          : (current + direction + list.length) % list.length;
      choose(list[next]!);
    },
    [session, selectedId, choose],
  );

  const runCommand = useScreenCommands(commandsRef, session, step);

  // Suggestions (issue 10): found once the document is painted, drawn over it, walked with s.
  const suggestions = useDocumentSuggestions(
    db,
    session,
    annotator.id,
    entities.entities,
    session.metadata.publishedAt,
  );
  useSuggestionPainter(suggestions, view);
  const suggestionCommands = useSuggestionCommands(suggestions, controllerRef, notify);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTypingTarget(event.target) || document.querySelector('dialog[open]')) return;
      const shortcut = shortcutOf(event);
      if (!shortcut) return;
      if (shortcut.kind === 'enter') {
        // Enter belongs to the focused button unless it completes an armed link or accepts the
        // suggestion walked to.
        if (linkSelection()) event.preventDefault();
        else if (suggestions?.current() && !(event.target instanceof HTMLButtonElement)) {
          event.preventDefault();
          suggestionCommands.run('accept');
        }
        return;
      }
      event.preventDefault();
      if (shortcut.kind === 'link') {
        const type = relationTypeOfKey(shortcut.key);
        if (selected?.label === CLAIM && type) setArmed(type);
        else
          notify({
            kind: 'info',
            title: 'Select a claim first',
            details: ['c links a claimant, d a date and t a target to the selected claim.'],
          });
      } else if (shortcut.kind === 'label') {
        const label = labelOfKey(labels, shortcut.key);
        if (label) tag(label);
      } else if (shortcut.kind === 'suggestion') suggestionCommands.run(shortcut.action);
      else if (shortcut.kind === 'command') runCommand(shortcut.command);
      else if (shortcut.kind === 'delete' && selectedId) session.remove(selectedId);
      else if (shortcut.kind === 'escape') {
        setPicker(null);
        // Esc cancels linking first, and only then lets go of the selection.
        if (armed) setArmed(null);
        else {
          select(null);
          suggestions?.setCurrent(null);
        }
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [
    tag,
    runCommand,
    selectedId,
    selected,
    session,
    select,
    armed,
    linkSelection,
    notify,
    suggestions,
    suggestionCommands,
    labels,
  ]);

  const annotations = session.sorted();
  // The annotators with a layer here, from the session (it holds every layer of the document);
  // the reconciled layer is a review's outcome, not a side to compare.
  const layers = session.annotators().filter((id) => id !== RECONCILED_ANNOTATOR);
  const { title } = session.metadata;
  return (
    <div className="document-screen">
      <div className="document-main">
        <div className="document-head">
          <div className="document-title-row">
            <div className="document-title-block">
              <h1 className="document-title">{title}</h1>
              <DocumentByline fields={session.metadata} />
            </div>
            <DocumentHeader session={session} />
            <button
              type="button"
              className="button small"
              onClick={onReview}
              disabled={layers.length < 2}
              title={
                layers.length < 2
                  ? 'Review needs the layers of two or more annotators (import a colleague’s annotations)'
                  : `Compare the layers of ${layers.length} annotators`
              }
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
          {armedType && selected && (
            <p className="linking-banner" role="status">
              Linking a <strong>{armedType.name.toLowerCase()}</strong> to “
              {selected.quote.length > 50 ? `${selected.quote.slice(0, 47)}…` : selected.quote}”:
              click a {armedType.to} in the text, choose one in the list, or select text to tag a
              new one. <kbd>Esc</kbd> cancels.
            </p>
          )}
        </div>
        <DocumentPane
          session={session}
          onController={onController}
          onSelectText={() => {
            linkSelection();
          }}
          onClickAnnotations={(hits, point) => {
            // Armed: a click on a span of the right label links it rather than selecting it.
            const target = armedType ? hits.find((hit) => hit.label === armedType.to) : undefined;
            if (armedType && target) {
              link(armedType.id, target.id);
              setArmed(null);
              return;
            }
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
            session={session}
            annotation={selected}
            entities={entities}
            armed={armed}
            onDisarm={() => setArmed(null)}
            onLink={link}
            onChoose={choose}
            onRelabel={(label) => session.update(selected.id, { label: label.id })}
            onNote={(note) => session.update(selected.id, { note })}
            onDelete={() => session.remove(selected.id)}
            onClose={() => select(null)}
          />
        )}
        <AnnotationList
          annotations={annotations}
          version={session.version}
          selectedId={selectedId}
          onChoose={choose}
          describe={(annotation) => describeEnrichment(session, entityNames, annotation)}
        />
        <SuggestionPanel
          suggestions={suggestions}
          entityNames={entityNames}
          onReveal={suggestionCommands.reveal}
          onAcceptAll={suggestionCommands.acceptAll}
        />
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
