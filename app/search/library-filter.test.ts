import { describe, expect, it } from 'vitest';
import { corpusReport } from '../test-support/corpus.ts';
import {
  libraryFilterKey,
  libraryFilterText,
  matchesLibraryFilter,
  type FilterableDocument,
} from './library-filter.ts';

const korybko: FilterableDocument = {
  title: 'The US-hosted Talks Between Azerbaijan And Armenia Won’t End The Karabakh Conflict',
  source: 'Yeni Şafak',
  authors: ['Andrew Korybko', 'Rafi Muslumov'],
  url: 'https://www.yenisafak.com/en/columns/korybko',
  language: 'en-GB',
};

const matches = (document: FilterableDocument, query: string) =>
  matchesLibraryFilter(libraryFilterText(document), libraryFilterKey(query));

describe('the library filter', () => {
  it('finds a document by its title, source, any author, URL or language, ignoring case and accents', () => {
    for (const query of [
      'karabakh conflict',
      'won’t end',
      "won't end",
      'yeni safak',
      'YENI ŞAFAK',
      'muslumov',
      'yenisafak.com/en',
      'en-gb',
    ])
      expect(matches(korybko, query), query).toBe(true);
  });

  it('does not match across two fields, nor what the document does not say', () => {
    expect(matches(korybko, 'korybko rafi')).toBe(false);
    expect(matches(korybko, 'reuters')).toBe(false);
    expect(matches({ title: 'Untitled' }, 'reuters')).toBe(false);
  });

  it('lists every document for an empty query', () => {
    expect(matches({ title: 'Untitled' }, '   ')).toBe(true);
  });

  it('folds the letters the corpus writes (ə, ı, Ş) as the press transliterates them', () => {
    // The report quotes its Azerbaijani title: “ABŞ Ermənistanı yola gətirir…”.
    const quoted = /“(ABŞ[^”]+)”/u.exec(corpusReport('003'))![1]!;
    expect(matches({ title: quoted }, 'abs ermanistani yola')).toBe(true);
    expect(
      matches(
        { title: 'Untitled', source: 'Azərbaycan Dövlət İnformasiya Agentliyi' },
        'azarbaycan dovlat',
      ),
    ).toBe(true);
  });
});
