import { describe, expect, it } from 'vitest';
import {
  checkAuthors,
  checkDocumentMetadata,
  checkLanguage,
  checkSource,
  checkUrl,
  formatAuthors,
  parseAuthors,
} from './check-document-metadata.ts';

describe('checkSource', () => {
  it('trims and joins inner whitespace; empty clears', () => {
    expect(checkSource('  Asia   Times\n')).toEqual({ ok: true, value: 'Asia Times' });
    expect(checkSource('   ')).toEqual({ ok: true, value: undefined });
  });
});

describe('authors', () => {
  it('splits on semicolons, keeps commas inside a name, drops empty names', () => {
    const typed = ' Andrew Korybko ; ; Pashinyan, Nikol;  ';
    expect(checkAuthors(parseAuthors(typed))).toEqual({
      ok: true,
      value: ['Andrew Korybko', 'Pashinyan, Nikol'],
    });
    expect(checkAuthors(parseAuthors(' ; '))).toEqual({ ok: true, value: undefined });
  });

  it('writes back what parseAuthors reads', () => {
    const authors = ['Andrew Korybko', 'Pashinyan, Nikol'];
    expect(checkAuthors(parseAuthors(formatAuthors(authors)))).toEqual({
      ok: true,
      value: authors,
    });
    expect(formatAuthors(undefined)).toBe('');
  });
});

describe('checkUrl', () => {
  it('keeps an absolute http or https URL in its standard form', () => {
    expect(checkUrl(' https://asiatimes.com/2020/10/talks ')).toEqual({
      ok: true,
      value: 'https://asiatimes.com/2020/10/talks',
    });
    expect(checkUrl('HTTP://Example.COM')).toEqual({ ok: true, value: 'http://example.com/' });
    expect(checkUrl('')).toEqual({ ok: true, value: undefined });
  });

  it('refuses what a link must never open, and what is not absolute', () => {
    for (const text of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,<b>x</b>',
      'ftp://example.com/',
      'www.example.com',
      '/news/1',
      'https://',
    ]) {
      const result = checkUrl(text);
      expect(result.ok, text).toBe(false);
      if (!result.ok) expect(result.error).toContain('A URL must start with http:// or https://');
    }
  });
});

describe('checkLanguage', () => {
  it('canonicalises a BCP 47 tag', () => {
    expect(checkLanguage('en-gb')).toEqual({ ok: true, value: 'en-GB' });
    expect(checkLanguage(' az-latn ')).toEqual({ ok: true, value: 'az-Latn' });
    expect(checkLanguage('HY')).toEqual({ ok: true, value: 'hy' });
    expect(checkLanguage('en_GB')).toEqual({ ok: true, value: 'en-GB' });
    expect(checkLanguage('')).toEqual({ ok: true, value: undefined });
  });

  it('refuses a language written out or a malformed tag, saying what a tag looks like', () => {
    for (const text of ['English', 'en-', '12', 'en--GB', 'x-private', 'en GB']) {
      const result = checkLanguage(text);
      expect(result.ok, text).toBe(false);
      if (!result.ok)
        expect(result.error).toMatch(/is not a language tag; write a BCP 47 tag such as en/);
    }
  });
});

describe('checkDocumentMetadata', () => {
  it('gives the fields to store, leaving out those that clear', () => {
    expect(
      checkDocumentMetadata({
        source: ' Asia Times ',
        authors: ['', ' Korybko'],
        url: '',
        language: 'en-us',
      }),
    ).toEqual({
      ok: true,
      value: { source: 'Asia Times', authors: ['Korybko'], language: 'en-US' },
    });
  });

  it('names every refused field', () => {
    const result = checkDocumentMetadata({ url: 'javascript:void(0)', language: 'English' });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.map((problem) => problem.split(':')[0])).toEqual(['url', 'language']);
  });
});
