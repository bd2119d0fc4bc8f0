// The library's texts, read once per database and kept in a SearchIndex across visits to the
// Search screen: reading 35 MB out of IndexedDB and folding it takes most of a second, which the
// analyst should pay once, not per query or per visit. The documents table is watched (a live
// query in useLibraryTexts) and only the difference is read: a document imported is added, one
// deleted is dropped, a renamed one retitled. A text never changes under its id (its hash).

import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { DEFAULT_SEARCH_OPTIONS } from '../../app/search/search-query.ts';
import { SearchIndex } from '../../app/search/search-index.ts';
import type { DocumentId } from '../../app/model/ids.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import type { DocumentRow } from '../db/rows.ts';

export class LibraryTexts {
  readonly index = new SearchIndex();
  /** Document rows by id, as of the last sync. */
  rows = new Map<DocumentId, DocumentRow>();
  /** Ids in the order results are listed: by title, as the export dialog lists them. */
  order: DocumentId[] = [];
  /** Moves whenever the set of documents (or a title) does. */
  version = 0;
  loaded = false;
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly db: MarginaliaDatabase) {}

  /** Brings the index to `rows`; syncs run one after another. */
  sync(rows: readonly DocumentRow[]): Promise<void> {
    this.queue = this.queue.then(() => this.syncNow(rows));
    return this.queue;
  }

  private async syncNow(rows: readonly DocumentRow[]): Promise<void> {
    const next = new Map(rows.map((row) => [row.id, row]));
    let changed = !this.loaded;
    for (const id of this.index.ids()) {
      if (next.has(id)) continue;
      this.index.remove(id);
      changed = true;
    }
    const missing = rows.filter((row) => !this.index.has(row.id)).map((row) => row.id);
    if (missing.length > 0) {
      const texts = await this.db.texts.bulkGet(missing);
      for (const text of texts)
        if (text) this.index.add({ id: text.id, title: next.get(text.id)!.title, text: text.text });
      changed = true;
    }
    for (const row of rows) {
      if (this.rows.get(row.id)?.title === row.title) continue;
      this.index.retitle(row.id, row.title);
      changed = true;
    }
    this.rows = next;
    if (changed) {
      this.order = [...rows]
        .sort((a, b) => a.title.localeCompare(b.title) || (a.id < b.id ? -1 : 1))
        .map((row) => row.id)
        .filter((id) => this.index.has(id));
      this.version++;
    }
    this.loaded = true;
    if (missing.length > 0) this.foldWhileIdle(missing);
  }

  /**
   * Folds the new texts for the default options in small slices between frames, so that the
   * first query does not fold 35 MB on the analyst's keystroke.
   */
  private foldWhileIdle(ids: readonly DocumentId[]): void {
    const mode = {
      matchCase: DEFAULT_SEARCH_OPTIONS.matchCase,
      matchAccents: DEFAULT_SEARCH_OPTIONS.matchAccents,
    };
    let next = 0;
    const slice = () => {
      const until = performance.now() + 8;
      while (next < ids.length && performance.now() < until) this.index.prepare(mode, ids[next++]!);
      if (next < ids.length) setTimeout(slice, 0);
    };
    setTimeout(slice, 0);
  }
}

const sources = new WeakMap<MarginaliaDatabase, LibraryTexts>();

/** The one LibraryTexts of a database. */
export function libraryTextsOf(db: MarginaliaDatabase): LibraryTexts {
  let texts = sources.get(db);
  if (!texts) sources.set(db, (texts = new LibraryTexts(db)));
  return texts;
}

/** The library's texts, kept in step with the documents table; `version` moves with them. */
export function useLibraryTexts(db: MarginaliaDatabase): {
  texts: LibraryTexts;
  version: number;
  loaded: boolean;
  rows: DocumentRow[] | undefined;
} {
  const texts = libraryTextsOf(db);
  const rows = useLiveQuery(() => db.documents.toArray(), [db]);
  const [state, setState] = useState({ version: texts.version, loaded: texts.loaded });
  useEffect(() => {
    if (!rows) return;
    let live = true;
    void texts.sync(rows).then(() => {
      if (live) setState({ version: texts.version, loaded: true });
    });
    return () => {
      live = false;
    };
  }, [texts, rows]);
  return { texts, ...state, rows };
}
