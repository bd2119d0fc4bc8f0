import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentIdOf } from '../text/document-id.ts';
import { normaliseText } from '../text/normalise.ts';
import { sliceByCodePoints } from '../text/code-points.ts';
import type { DocumentId } from '../model/ids.ts';
import { SearchIndex, type DocumentHits } from './search-index.ts';
import { compileQuery, DEFAULT_SEARCH_OPTIONS, type SearchOptions } from './search-query.ts';

const CORPUS = new URL('../../../shared/corpus/', import.meta.url);
const corpus = readdirSync(CORPUS)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => {
    const text = normaliseText(readFileSync(new URL(name, CORPUS), 'utf8'));
    return { id: documentIdOf(text), title: name, text };
  });

function indexOf(
  documents: readonly { id: DocumentId; title: string; text: string }[],
): SearchIndex {
  const index = new SearchIndex();
  for (const document of documents) index.add(document);
  return index;
}

function search(
  index: SearchIndex,
  query: string,
  options: Partial<SearchOptions> = {},
): DocumentHits[] {
  const compiled = compileQuery(query, { ...DEFAULT_SEARCH_OPTIONS, ...options });
  if (compiled.ok !== true) throw new Error(`query refused: ${JSON.stringify(compiled)}`);
  return index.search(compiled.query).finish();
}

/** The text of every hit, read back from the original by its code-point offsets. */
function quotes(index: SearchIndex, results: readonly DocumentHits[]): string[] {
  return results.flatMap((result) =>
    result.hits.map((hit) => sliceByCodePoints(index.text(hit.documentId)!, hit.start, hit.end)),
  );
}

function one(text: string): SearchIndex {
  return indexOf([{ id: documentIdOf(text), title: 'one', text }]);
}

describe('searching the corpus', () => {
  const index = indexOf(corpus);

  it('finds Pompeo in the two reports that name him, grouped by document with counts', () => {
    const results = search(index, 'pompeo');
    expect(results.map((result) => [result.title, result.count])).toEqual([
      ['000_5c0c6f709157f585.txt', 2],
      ['001_a0067eea4bbd0937.txt', 4],
    ]);
    expect(new Set(quotes(index, results))).toEqual(new Set(['Pompeo']));
  });

  it('ignores case by default and honours Match case', () => {
    expect(quotes(index, search(index, 'ALIYEV'))).toEqual([
      'Aliyev',
      'Aliyev',
      'Aliyev',
      'Aliyev',
      'Aliyev',
    ]);
    expect(search(index, 'ALIYEV', { matchCase: true })).toEqual([]);
  });

  it('ignores accents by default: Əliyev finds Aliyev, Ermanistani finds Ermənistanı (ə → a, as the press writes Aliyev)', () => {
    expect(quotes(index, search(index, 'Əliyev'))).toHaveLength(5);
    expect(quotes(index, search(index, 'Ermanistani'))).toEqual(['Ermənistanı']);
    expect(quotes(index, search(index, 'ABS'))).toContain('ABŞ');
    expect(search(index, 'Ermanistani', { matchAccents: true })).toEqual([]);
    expect(quotes(index, search(index, 'Ermənistanı', { matchAccents: true }))).toEqual([
      'Ermənistanı',
    ]);
  });

  it('matches a straight apostrophe against the corpus’s curly one', () => {
    expect(quotes(index, search(index, "Russia's"))).toEqual(Array(4).fill('Russia’s'));
  });

  it('finds a quoted phrase across the no-break space of "By\u00a0Andrew Korybko"', () => {
    expect(quotes(index, search(index, '"by andrew korybko"'))).toEqual(['By\u00a0Andrew Korybko']);
  });

  it('finds each unquoted word, earlier and longer first where they overlap', () => {
    const found = quotes(index, search(index, 'Pompeo "Mike Pompeo"'));
    expect(found).toContain('Mike Pompeo');
    expect(found).toContain('Pompeo');
    expect(found.filter((quote) => quote.includes('Pompeo'))).toHaveLength(found.length);
  });

  it('keeps whole words apart from parts of words', () => {
    const parts = quotes(index, search(index, 'azerbaij'));
    expect(parts.length).toBeGreaterThan(0);
    expect(search(index, 'azerbaij', { wholeWords: true })).toEqual([]);
    expect(quotes(index, search(index, 'armed', { wholeWords: true }))).toEqual(['armed', 'armed']);
  });

  it('runs regular expressions with the options', () => {
    const years = quotes(index, search(index, '\\b20[12]\\d\\b', { regularExpression: true }));
    expect(years.length).toBeGreaterThan(3);
    expect(years.every((year) => /^20[12]\d$/.test(year))).toBe(true);
    expect(quotes(index, search(index, 'əliyev', { regularExpression: true }))).toHaveLength(5);
  });
});

describe('offsets of folded matches', () => {
  it('maps a match after astral characters back to code points', () => {
    const index = one('😀 🇦🇿 Əliyev met 𠀀 Aliyev.');
    const results = search(index, 'aliyev');
    expect(results[0]!.hits.map((hit) => [hit.start, hit.end])).toEqual([
      [5, 11],
      [18, 24],
    ]);
    expect(quotes(index, results)).toEqual(['Əliyev', 'Aliyev']);
  });

  it('maps through characters whose fold changes length: ß, ﬁ, İ and a soft hyphen', () => {
    const index = one('Die Straße, the ﬁrst İlham, Azer\u00adbaijan.');
    expect(quotes(index, search(index, 'strasse'))).toEqual(['Straße']);
    expect(quotes(index, search(index, 'first'))).toEqual(['ﬁrst']);
    expect(quotes(index, search(index, 'ilham'))).toEqual(['İlham']);
    expect(quotes(index, search(index, 'azerbaijan'))).toEqual(['Azer\u00adbaijan']);
    // Part of an expansion selects the whole character: never half of ß.
    expect(quotes(index, search(index, 'sse'))).toEqual(['ße']);
  });

  it('every hit of any word of a random text reads back as that word, whatever precedes it', () => {
    const pieces = ['a', 'É', 'ß', 'ﬁ', '😀', 'İ', '\u00ad', ' ', 'ə', 'Straße', '\u00a0', 'x'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = `${parts.join('')} Pompeo ${parts.reverse().join('')}`;
        const index = one(text);
        expect(quotes(index, search(index, 'pompeo', { wholeWords: true }))).toEqual(['Pompeo']);
      }),
    );
  });
});

describe('guards', () => {
  const index = one('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab and more text');

  it('refuses a pattern that can backtrack exponentially, and a backreference', () => {
    for (const pattern of ['(a+)+b', '(\\w*)*$', '(x+y?){2,}', '((ab)*c)+'])
      expect(
        compileQuery(pattern, { ...DEFAULT_SEARCH_OPTIONS, regularExpression: true }),
      ).toMatchObject({ ok: false });
    expect(
      compileQuery('(a)\\1', { ...DEFAULT_SEARCH_OPTIONS, regularExpression: true }),
    ).toMatchObject({ ok: false });
    expect(
      compileQuery('(ab)+c', { ...DEFAULT_SEARCH_OPTIONS, regularExpression: true }),
    ).toMatchObject({ ok: true });
  });

  it('says what is wrong with a bad pattern', () => {
    const result = compileQuery('[unclosed', {
      ...DEFAULT_SEARCH_OPTIONS,
      regularExpression: true,
    });
    expect(result).toMatchObject({ ok: false });
    expect(result.ok === false && result.error).toMatch(/^Not a valid regular expression/);
  });

  it('skips empty matches instead of looping on them', () => {
    expect(quotes(index, search(index, 'more|z*', { regularExpression: true }))).toEqual(['more']);
  });

  it('counts up to the cap and keeps fewer hits than it counts', () => {
    const big = one('e '.repeat(150_000));
    const compiled = compileQuery('e', DEFAULT_SEARCH_OPTIONS);
    if (compiled.ok !== true) throw new Error('refused');
    const run = big.search(compiled.query);
    run.finish();
    expect(run.countCapped).toBe(true);
    expect(run.hitCount).toBe(100_000);
    expect(run.keptCount).toBe(10_000);
  });

  it('treats an empty query as nothing to search', () => {
    expect(compileQuery('   ', DEFAULT_SEARCH_OPTIONS)).toEqual({ ok: 'empty' });
    expect(compileQuery('""', DEFAULT_SEARCH_OPTIONS)).toEqual({ ok: 'empty' });
  });
});

describe('stepping', () => {
  it('stops a pattern that runs past its time limit, keeping what it found', () => {
    const index = indexOf(corpus);
    const compiled = compileQuery('(a|aa)*n', {
      ...DEFAULT_SEARCH_OPTIONS,
      regularExpression: true,
    });
    if (compiled.ok !== true) throw new Error('refused');
    const run = index.search(compiled.query);
    let clock = 0;
    // Each document "takes" 2 s: the third crosses the 5 s limit.
    expect(run.step(Number.POSITIVE_INFINITY, () => (clock += 2000))).toBe(true);
    expect(run.stoppedSlow).toBe(true);
    expect(run.searched).toBe(3);
    expect(run.hitCount).toBeGreaterThan(0);
  });

  it('searches in slices, the first documents’ results before the rest', () => {
    const index = indexOf(corpus);
    const compiled = compileQuery('the', DEFAULT_SEARCH_OPTIONS);
    if (compiled.ok !== true) throw new Error('refused');
    const run = index.search(compiled.query);
    let clock = 0;
    // Each document "takes" 1 ms against a budget of 1 ms: one document per step.
    expect(run.step(1, () => clock++)).toBe(false);
    expect(run.searched).toBe(1);
    expect(run.results).toHaveLength(1);
    run.finish();
    expect(run.searched).toBe(5);
    expect(run.results).toHaveLength(5);
  });
});
