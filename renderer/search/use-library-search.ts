// Runs a query over the library's texts in slices: one slice right away (the first documents'
// hits paint with the keystroke's frame, or the next), then one per macrotask, each painted, so
// typing stays responsive and the progress count moves. A new keystroke abandons the search
// under way: nothing of it is waited for.

import { useLayoutEffect, useMemo, useState } from 'react';
import {
  compileQuery,
  type QueryResult,
  type SearchOptions,
} from '../../app/search/search-query.ts';
import type { LibrarySearch } from '../../app/search/search-index.ts';
import type { LibraryTexts } from './library-texts.ts';

/** How long one slice may hold the main thread; the frame budget less React's render. */
const SLICE_MS = 12;

export interface LiveSearch {
  compiled: QueryResult;
  /** The search of the current query, its results growing; null before the texts are read. */
  run: LibrarySearch | null;
  /** Moves after every slice. */
  progress: number;
  /** The text `run` searches for: what the analyst had typed when it started. */
  runInput: string;
}

interface RunState {
  run: LibrarySearch | null;
  progress: number;
  runInput: string;
}

export function useLibrarySearch(
  texts: LibraryTexts,
  textsVersion: number,
  loaded: boolean,
  input: string,
  options: SearchOptions,
): LiveSearch {
  const compiled = useMemo(() => compileQuery(input, options), [input, options]);
  const [state, setState] = useState<RunState>({ run: null, progress: 0, runInput: '' });

  // A layout effect: the first slice's hits render before the keystroke's frame is painted.
  useLayoutEffect(() => {
    if (!loaded || compiled.ok !== true) {
      setState({ run: null, progress: 0, runInput: input });
      return;
    }
    const run = texts.index.search(compiled.query, texts.order);
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const slice = () => {
      if (cancelled) return;
      const done = run.step(SLICE_MS);
      setState((current) => ({ run, progress: current.progress + 1, runInput: input }));
      if (!done) timer = setTimeout(slice, 0);
    };
    slice();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // textsVersion: the texts changed (an import): search again over the new set. `input` is
    // what `compiled` was compiled from: no dependency of its own.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [texts, textsVersion, loaded, compiled]);

  return { compiled, ...state };
}
