import { describe, expect, it } from 'vitest';
import { pdfMetadataOf, pdfTitleOf } from './pdf-document-info.ts';

describe('pdfTitleOf', () => {
  it('takes the information dictionary’s title, spaces tidied', () => {
    expect(pdfTitleOf({ info: { Title: '  Pompeo meets\n both  ministers ' } })).toBe(
      'Pompeo meets both ministers',
    );
  });

  it('falls back on the XMP title', () => {
    const xmp = new Map([['dc:title', 'Talks in Washington']]);
    expect(pdfTitleOf({ info: { Title: '' }, xmp })).toBe('Talks in Washington');
  });

  it('refuses file names and placeholders producers write as titles', () => {
    for (const Title of [
      'Microsoft Word - brief-2020-10.docx',
      'report.pdf',
      'Untitled',
      'Document1',
      'C:\\Users\\ana\\brief.doc',
      '/home/ana/brief',
      '   ',
    ]) {
      expect(pdfTitleOf({ info: { Title } }), Title).toBeNull();
    }
    expect(pdfTitleOf({ info: {} })).toBeNull();
    expect(pdfTitleOf({ info: { Title: 42 } })).toBeNull();
  });

  it('keeps a title that Word prefixed with its name when the rest is a title', () => {
    expect(pdfTitleOf({ info: { Title: 'Microsoft Word - Ceasefire talks' } })).toBe(
      'Ceasefire talks',
    );
  });
});

describe('pdfMetadataOf', () => {
  it('splits authors on semicolons, “and” and ampersands, never on commas', () => {
    expect(pdfMetadataOf({ info: { Author: 'Ann Lee; Ben Roe and Cem Öz' } }).authors).toEqual([
      'Ann Lee',
      'Ben Roe',
      'Cem Öz',
    ]);
    expect(pdfMetadataOf({ info: { Author: 'Lee, Ann' } }).authors).toEqual(['Lee, Ann']);
  });

  it('reads the XMP creators, publisher, identifier and language', () => {
    const xmp = new Map<string, unknown>([
      ['dc:creator', ['Andrew Korybko', '  ']],
      ['dc:publisher', 'Eurasia Review\n  Other'],
      ['dc:identifier', 'https://example.org/talks'],
      ['dc:language', 'en-gb'],
    ]);
    expect(pdfMetadataOf({ info: {}, xmp })).toEqual({
      authors: ['Andrew Korybko'],
      source: 'Eurasia Review',
      url: 'https://example.org/talks',
      // In the canonical case the library stores.
      language: 'en-GB',
    });
  });

  it('prefers the catalog’s language and takes nothing from Subject, Producer or dates', () => {
    expect(
      pdfMetadataOf({
        info: {
          Subject: 'Armenia',
          Producer: 'pdf-lib',
          Creator: 'Word',
          CreationDate: 'D:20201026120000Z',
        },
        lang: 'hy',
        xmp: new Map([['dc:language', 'x-default']]),
      }),
    ).toEqual({ language: 'hy' });
    expect(pdfMetadataOf({ info: {}, xmp: new Map([['dc:identifier', 'urn:isbn:123']]) })).toEqual(
      {},
    );
  });
});
