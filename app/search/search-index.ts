// The library's texts held for searching: each document's text, its fold for each mode asked for
// (folded once, on first use, and kept) and its code-point index. A search runs document by
// document in slices of a time budget (`LibrarySearch.step`), so a screen can paint the first
// documents' hits, and a progress count, long before 35 MB of text has been scanned.

import type { DocumentId } from '../model/ids.ts';
import { utf16, type CodePointOffset } from '../model/offsets.ts';
import { CodePointIndex } from '../text/code-points.ts';
import type { FoldMode } from './fold-character.ts';
import { findMatches } from './find-matches.ts';
import { foldText, originalEndOf, originalStartOf, type FoldedText } from './folded-text.ts';
import type { CompiledQuery } from './search-query.ts';

export interface SearchableDocument {
  id: DocumentId;
  title: string;
  /** The normalised text, as stored. */
  text: string;
}

/** One occurrence: code points for the dataset and the document screen, UTF-16 for slicing. */
export interface SearchHit {
  documentId: DocumentId;
  start: CodePointOffset;
  end: CodePointOffset;
  from: number;
  to: number;
}

export interface DocumentHits {
  documentId: DocumentId;
  title: string;
  /** Every occurrence in the document, also those past the cap of kept hits. */
  count: number;
  hits: SearchHit[];
}

/** Hits kept (listed, taggable) per search; beyond it only counted. */
export const KEPT_HITS = 10_000;
/** How long a regular expression may search the library before it is stopped as too slow. */
export const PATTERN_TIME_LIMIT_MS = 5_000;
/** Where counting stops: "100,000+ hits" says enough, and counting millions takes seconds. */
export const COUNTED_HITS = 100_000;

interface IndexedDocument extends SearchableDocument {
  folds: Map<string, FoldedText>;
  index?: CodePointIndex;
}

function modeKey(mode: FoldMode): string {
  return `${mode.matchCase ? 'C' : 'c'}${mode.matchAccents ? 'A' : 'a'}`;
}

export class SearchIndex {
  private readonly documents = new Map<DocumentId, IndexedDocument>();

  /** The documents held, in the order they were added (the order results come in). */
  get size(): number {
    return this.documents.size;
  }

  has(id: DocumentId): boolean {
    return this.documents.has(id);
  }

  ids(): DocumentId[] {
    return [...this.documents.keys()];
  }

  add(document: SearchableDocument): void {
    this.documents.set(document.id, { ...document, folds: new Map() });
  }

  /** A title changed: the text (whose hash is the id) cannot have. */
  retitle(id: DocumentId, title: string): void {
    const held = this.documents.get(id);
    if (held) held.title = title;
  }

  remove(id: DocumentId): void {
    this.documents.delete(id);
  }

  text(id: DocumentId): string | undefined {
    return this.documents.get(id)?.text;
  }

  codePointIndex(id: DocumentId): CodePointIndex | undefined {
    const held = this.documents.get(id);
    if (!held) return undefined;
    return (held.index ??= new CodePointIndex(held.text));
  }

  /** Folds every text for `mode` ahead of the first query (what the screen does while idle). */
  prepare(mode: FoldMode, id: DocumentId): void {
    const held = this.documents.get(id);
    if (held) this.foldOf(held, mode);
  }

  /** Starts a search over `ids` (all, in the order added, by default); call `step` until done. */
  search(query: CompiledQuery, ids: readonly DocumentId[] = this.ids()): LibrarySearch {
    return new LibrarySearch(this, query, ids);
  }

  /** The hits of one document, up to `keep` of them kept and `countUpTo` counted. */
  searchDocument(
    id: DocumentId,
    query: CompiledQuery,
    keep: number,
    countUpTo: number,
  ): DocumentHits {
    const held = this.documents.get(id);
    if (!held) return { documentId: id, title: '', count: 0, hits: [] };
    const folded = this.foldOf(held, query.mode);
    const hits: SearchHit[] = [];
    const index = (held.index ??= new CodePointIndex(held.text));
    let counted = 0;
    const count = findMatches(folded.folded, query, (match) => {
      if (hits.length < keep) {
        const from = originalStartOf(folded, match.start);
        const to = originalEndOf(folded, match.end);
        hits.push({
          documentId: held.id,
          start: index.toCodePoint(utf16(from)),
          end: index.toCodePoint(utf16(to)),
          from,
          to,
        });
      }
      return ++counted < countUpTo;
    });
    return { documentId: held.id, title: held.title, count, hits };
  }

  private foldOf(held: IndexedDocument, mode: FoldMode): FoldedText {
    const key = modeKey(mode);
    let folded = held.folds.get(key);
    if (!folded) held.folds.set(key, (folded = foldText(held.text, mode)));
    return folded;
  }
}

/** A search under way over a snapshot of the library's documents. */
export class LibrarySearch {
  /** Documents with at least one hit, in library order. */
  readonly results: DocumentHits[] = [];
  searched = 0;
  hitCount = 0;
  keptCount = 0;
  /** True when counting stopped at COUNTED_HITS: the count is a lower bound. */
  countCapped = false;

  constructor(
    private readonly index: SearchIndex,
    private readonly query: CompiledQuery,
    private readonly documents: readonly DocumentId[],
  ) {}

  get total(): number {
    return this.documents.length;
  }

  /**
   * True when a pattern ran past PATTERN_TIME_LIMIT_MS: what exponentialRisk cannot see, as
   * (a|aa)*b, is stopped between documents, with what was found so far.
   */
  stoppedSlow = false;
  private elapsed = 0;

  get done(): boolean {
    return this.searched >= this.documents.length || this.countCapped || this.stoppedSlow;
  }

  /**
   * Searches documents until `budgetMs` has passed (at least one document per call); returns
   * true when the search is done.
   */
  step(budgetMs: number, now: () => number = () => performance.now()): boolean {
    const began = now();
    const until = began + budgetMs;
    while (!this.done) {
      const document = this.documents[this.searched++]!;
      const found = this.index.searchDocument(
        document,
        this.query,
        KEPT_HITS - this.keptCount,
        COUNTED_HITS - this.hitCount,
      );
      if (found.count > 0) {
        this.results.push(found);
        this.hitCount += found.count;
        this.keptCount += found.hits.length;
        if (this.hitCount >= COUNTED_HITS) this.countCapped = true;
      }
      const at = now();
      if (this.query.kind === 'pattern' && this.elapsed + (at - began) > PATTERN_TIME_LIMIT_MS)
        this.stoppedSlow = true;
      if (at >= until) break;
    }
    this.elapsed += now() - began;
    return this.done;
  }

  /** Runs to the end in one go (tests, the command line). */
  finish(): DocumentHits[] {
    while (!this.step(Number.POSITIVE_INFINITY));
    return this.results;
  }
}
