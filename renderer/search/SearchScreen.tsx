// Search the text of every document, and tag what it finds. The texts are read once and kept
// (library-texts.ts); a query runs in slices so the first documents' hits show while the rest of
// the library is searched (use-library-search.ts); each hit shows the labels already on it
// (hit-annotations.ts); "annotate all" tags the chosen hits in one undoable step (tag-hits.ts).

import {
  useCallback,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type RefObject,
} from 'react';
import type { DocumentId, LabelId } from '../../app/model/ids.ts';
import { ACTOR } from '../../app/model/labels.ts';
import { labelNameIn } from '../../app/model/label-set.ts';
import { useLabels } from '../labels/use-labels.ts';
import {
  PATTERN_TIME_LIMIT_MS,
  type LibrarySearch,
  type SearchHit,
} from '../../app/search/search-index.ts';
import { DEFAULT_SEARCH_OPTIONS, type SearchOptions } from '../../app/search/search-query.ts';
import { useEntities } from '../entities/use-entities.ts';
import { useLibraryHistory } from '../shell/use-library-history.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import { useAppServices } from '../shell/app-services.ts';
import type { DocumentTarget, ScreenCommand } from '../shell/views.ts';
import { hitAnnotationsOf } from './hit-annotations.ts';
import { useLibraryTexts } from './library-texts.ts';
import { SearchBox } from './SearchBox.tsx';
import { hitKey, SearchResults } from './SearchResults.tsx';
import { TagBar } from './TagBar.tsx';
import { tagHits, type EntityChoice, type TaggingOutcome } from './tag-hits.ts';
import { useLibrarySearch } from './use-library-search.ts';
import './search.css';

export interface SearchScreenProps {
  /** Opens a document, optionally at a place in it. */
  onOpen(target: DocumentTarget): void;
  /** Where this screen registers its handler of undo and redo while it shows. */
  commandsRef: RefObject<((command: ScreenCommand) => void) | null>;
}

/** What the last "annotate all" did, told until it is undone and redone past. */
interface Tagged {
  outcome: TaggingOutcome & { description: string };
  label: LabelId;
}

/** What the screen was showing, per database: opening a hit and coming back finds it again. */
interface Remembered {
  input: string;
  options: SearchOptions;
  label: LabelId;
}
const remembered = new WeakMap<MarginaliaDatabase, Remembered>();

export function SearchScreen({ onOpen, commandsRef }: SearchScreenProps) {
  const { db, annotator } = useAppServices();
  const [input, setInput] = useState(() => remembered.get(db)?.input ?? '');
  const [options, setOptions] = useState<SearchOptions>(
    () => remembered.get(db)?.options ?? DEFAULT_SEARCH_OPTIONS,
  );
  const [label, setLabel] = useState<LabelId>(() => remembered.get(db)?.label ?? ACTOR);
  useEffect(() => {
    remembered.set(db, { input, options, label });
  }, [db, input, options, label]);
  const [entity, setEntity] = useState<EntityChoice | null>(null);
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [tagged, setTagged] = useState<Tagged | null>(null);
  const entities = useEntities(db);
  const history = useLibraryHistory(db, commandsRef);
  const { texts, version, loaded, rows } = useLibraryTexts(db);
  const search = useLibrarySearch(texts, version, loaded, input, options);
  const { run, progress } = search;

  const annotations = hitAnnotationsOf(db);
  const annotationsVersion = useSyncExternalStore(
    useCallback((listener) => annotations.subscribe(listener), [annotations]),
    () => annotations.version,
  );
  // A write the hub did not see (an import) moves rows: the chips of those documents are read again.
  useEffect(() => {
    if (rows) annotations.refresh(texts.rows);
  }, [annotations, rows, texts, version]);
  // The labels on the listed documents' hits, read as the documents are found.
  useEffect(() => {
    if (run)
      void annotations.load(
        run.results.map((result) => result.documentId),
        texts.rows,
      );
  }, [annotations, run, progress, texts]);
  useEffect(() => setExcluded(new Set()), [run]);

  const kept = useMemo(() => run?.results.flatMap((result) => result.hits) ?? [], [run, progress]); // eslint-disable-line react-hooks/exhaustive-deps
  const selectedHits = useMemo(
    () => kept.filter((hit) => !excluded.has(hitKey(hit))),
    [kept, excluded],
  );
  // Counted once the search is done: recounting 10,000 hits after every slice slowed it down.
  const alreadyTagged = useMemo(() => {
    if (!run?.done) return null;
    let count = 0;
    const spansByDocument = new Map<string, Set<string>>();
    for (const hit of selectedHits) {
      if (!annotations.has(hit.documentId)) return null;
      let spans = spansByDocument.get(hit.documentId);
      if (!spans) {
        spans = new Set(
          annotations
            .spansOf(hit.documentId)
            .filter((span) => span.label === label && span.annotator === annotator.id)
            .map((span) => `${span.start}:${span.end}`),
        );
        spansByDocument.set(hit.documentId, spans);
      }
      if (spans.has(`${hit.start}:${hit.end}`)) count++;
    }
    return count;
  }, [selectedHits, annotations, annotationsVersion, label, annotator]); // eslint-disable-line react-hooks/exhaustive-deps

  const textOf = useCallback((id: DocumentId) => texts.index.text(id) ?? '', [texts]);
  const isSelected = useCallback((hit: SearchHit) => !excluded.has(hitKey(hit)), [excluded]);
  const openHit = useCallback(
    (hit: SearchHit) => onOpen({ id: hit.documentId, focus: { start: hit.start, end: hit.end } }),
    [onOpen],
  );
  const select = useCallback((hits: readonly SearchHit[], selected: boolean) => {
    setExcluded((current) => {
      const next = new Set(current);
      for (const hit of hits) {
        if (selected) next.delete(hitKey(hit));
        else next.add(hitKey(hit));
      }
      return next;
    });
  }, []);

  const tag = async () => {
    setBusy(true);
    try {
      const outcome = await tagHits(
        db,
        texts,
        annotations,
        selectedHits,
        label,
        annotator,
        label === ACTOR ? entity : null,
      );
      if (outcome.description !== null) {
        setTagged({ outcome: { ...outcome, description: outcome.description }, label });
        setEntity(null);
      } else setTagged(null);
    } finally {
      setBusy(false);
    }
  };

  const hitText = useMemo(() => {
    const first = kept[0];
    return first ? (texts.index.text(first.documentId)?.slice(first.from, first.to) ?? '') : '';
  }, [kept, texts]);

  return (
    <div className="screen search-screen">
      <SearchBox
        input={input}
        options={options}
        error={search.compiled.ok === false ? search.compiled.error : null}
        onInput={setInput}
        onOptions={setOptions}
        onFirstHit={() => document.querySelector<HTMLButtonElement>('.search-hit-open')?.focus()}
      />
      <SearchStatus
        loaded={loaded}
        documents={texts.order.length}
        run={run}
        runInput={search.runInput}
        empty={search.compiled.ok === 'empty'}
      />
      {tagged && (
        <TaggedBanner
          tagged={tagged}
          nextUndo={history.nextUndo}
          nextRedo={history.nextRedo}
          onUndo={history.undo}
          onRedo={history.redo}
        />
      )}
      {run && kept.length > 0 && (
        <TagBar
          kept={kept.length}
          selected={selectedHits.length}
          alreadyTagged={alreadyTagged}
          label={label}
          entity={entity}
          entities={entities}
          hitText={hitText}
          busy={busy}
          onSelectAll={(selected) => select(kept, selected)}
          onLabel={setLabel}
          onEntity={setEntity}
          onTag={() => void tag()}
        />
      )}
      {run && (
        <SearchResults
          results={run.results}
          resultCount={run.results.length}
          textOf={textOf}
          annotations={annotations}
          annotationsVersion={annotationsVersion}
          annotator={annotator.id}
          entities={entities.byId}
          isSelected={isSelected}
          onSelect={select}
          onOpen={openHit}
        />
      )}
    </div>
  );
}

function SearchStatus({
  loaded,
  documents,
  run,
  runInput,
  empty,
}: {
  loaded: boolean;
  documents: number;
  run: LibrarySearch | null;
  runInput: string;
  empty: boolean;
}) {
  let text: string;
  if (!loaded) text = 'Reading the library’s texts…';
  else if (documents === 0) text = 'The library is empty: import documents to search them.';
  else if (empty || !run) text = `Search the text of ${plural(documents, 'document')}.`;
  else {
    const hits = `${run.countCapped ? 'more than ' : ''}${plural(run.hitCount, 'hit')}`;
    const where = plural(run.results.length, 'document');
    text = run.done
      ? run.hitCount === 0
        ? 'No hits.'
        : `${hits} in ${where}`
      : `Searching… ${run.searched.toLocaleString('en')} of ${plural(run.total, 'document')} · ${hits} so far`;
    if (run.stoppedSlow)
      text = `${hits} in ${run.searched.toLocaleString('en')} of ${plural(run.total, 'document')}: stopped after ${PATTERN_TIME_LIMIT_MS / 1000} s, this pattern is too slow (simplify it)`;
    else if (run.done && run.keptCount < run.hitCount)
      text += ` · the first ${run.keptCount.toLocaleString('en')} listed`;
  }
  return (
    <p
      className="search-status"
      role="status"
      data-state={!run ? 'idle' : run.done ? 'done' : 'searching'}
      // Which query the status (and the results under it) is for: what tests and the bench wait on.
      data-query={runInput}
    >
      {text}
    </p>
  );
}

function TaggedBanner(props: {
  tagged: Tagged;
  nextUndo: string | undefined;
  nextRedo: string | undefined;
  onUndo(): void;
  onRedo(): void;
}) {
  const { outcome, label } = props.tagged;
  const name = labelNameIn(useLabels(), label).toLowerCase();
  const added = `${plural(outcome.added, `${name} annotation`)} in ${plural(outcome.documents, 'document')}`;
  const skipped =
    outcome.skipped > 0 ? `; skipped ${outcome.skipped.toLocaleString('en')} already tagged` : '';
  if (props.nextUndo === outcome.description)
    return (
      <div className="search-banner" role="status">
        <span>
          Added {added}
          {skipped}.
        </span>
        <button type="button" className="button small" onClick={props.onUndo}>
          Undo
        </button>
      </div>
    );
  if (props.nextRedo === outcome.description)
    return (
      <div className="search-banner undone" role="status">
        <span>Undone: removed {added}.</span>
        <button type="button" className="button small" onClick={props.onRedo}>
          Redo
        </button>
      </div>
    );
  return null;
}

function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en')} ${noun}${count === 1 ? '' : 's'}`;
}
