import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDocumentFile } from './import-document-file.ts';

const corpusDirectory = new URL('../../../../shared/corpus/', import.meta.url);
const corpusFiles = readdirSync(corpusDirectory).filter((name) => name.endsWith('.txt'));
const utf8 = (text: string) => new TextEncoder().encode(text);
/** Computed with Web Crypto, independently of the noble hash that documentIdOf uses. */
async function sha256(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', utf8(text)));
  return `sha256:${Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

describe('importDocumentFile on the corpus', () => {
  it('finds the five corpus articles', () => {
    expect(corpusFiles).toHaveLength(5);
  });

  it.each(corpusFiles)(
    'imports %s with its first line as title and the id of its text',
    async (name) => {
      const raw = readFileSync(new URL(name, corpusDirectory), 'utf8');
      const result = importDocumentFile(name, readFileSync(new URL(name, corpusDirectory)));
      if (!result.ok) throw new Error(result.error);
      const expectedText = raw.replace(/\r\n?/g, '\n').normalize('NFC').trimEnd();
      const firstLine = expectedText
        .split('\n')
        .find((line) => line.trim() !== '')!
        .trim();
      expect(result.value.format).toBe('text');
      expect(result.value.text).toBe(expectedText);
      expect(result.value.id).toBe(await sha256(expectedText));
      expect(result.value.title).toBe(Array.from(firstLine).slice(0, 200).join('').trimEnd());
      expect(firstLine.startsWith(result.value.title)).toBe(true);
    },
  );

  it('keeps NBSP, curly quotes and Azerbaijani letters', () => {
    const result = importDocumentFile(
      '003.txt',
      readFileSync(new URL('003_7ae040cf64c4549e.txt', corpusDirectory)),
    );
    expect(result.ok && result.value.text).toContain('“ABŞ Ermənistanı yola gətirir');
    expect(result.ok && result.value.title).toBe(
      'The US-hosted Talks Between Azerbaijan And Armenia Won’t End The Karabakh Conflict',
    );
  });
});

describe('importDocumentFile', () => {
  it('cleans an HTML page: no script, style or handlers; paragraphs on lines; entities decoded', async () => {
    const html = `<html><head><title>Talks &amp; truce</title><style>p{color:red}</style></head>
      <body><script>alert(1)</script>
      <p onclick="alert(2)">Azerbaijan&rsquo;s   offer&nbsp;stands.</p>
      <p>Armenia &lt;replied&gt;.</p></body></html>`;
    const result = importDocumentFile('talks.html', utf8(html));
    expect(result).toEqual({
      ok: true,
      value: {
        id: await sha256('Azerbaijan’s offer\u00a0stands.\nArmenia <replied>.'),
        title: 'Talks & truce',
        text: 'Azerbaijan’s offer\u00a0stands.\nArmenia <replied>.',
        format: 'html',
      },
    });
  });

  it('titles an HTML page without <title> or h1 by its first line', () => {
    const result = importDocumentFile('page.HTM', utf8('<p>First paragraph.</p><p>Second.</p>'));
    expect(result.ok && result.value.title).toBe('First paragraph.');
  });

  it('imports Markdown with its first heading as title', () => {
    const result = importDocumentFile(
      'notes.md',
      utf8('Intro.\n\n## Karabakh\n\nText with *emphasis*.\n'),
    );
    expect(result.ok && result.value).toMatchObject({
      title: 'Karabakh',
      text: 'Intro.\nKarabakh\nText with emphasis.',
      format: 'markdown',
    });
  });

  it('normalises CRLF and a BOM, and trims only the end of plain text', async () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...utf8('\r\n  Baku talks\r\nsecond line\r\n\r\n'),
    ]);
    const result = importDocumentFile('crlf.txt', bytes);
    expect(result).toEqual({
      ok: true,
      value: {
        id: await sha256('\n  Baku talks\nsecond line'),
        title: 'Baku talks',
        text: '\n  Baku talks\nsecond line',
        format: 'text',
      },
    });
  });

  it('composes decomposed accents, including ones produced by HTML entities', () => {
    const result = importDocumentFile('accents.html', utf8('<p>caf&#101;&#769; Ə</p>'));
    expect(result.ok && result.value.text).toBe('café Ə');
  });

  it('cuts a long first line to 200 code points for the title', () => {
    const line = `${'😀'.repeat(150)} ${'word '.repeat(100)}`;
    const result = importDocumentFile('long.txt', utf8(line));
    expect(result.ok && Array.from(result.value.title)).toHaveLength(200);
  });

  it('refuses Latin-1 bytes as not UTF-8', () => {
    const latin1 = new Uint8Array([...utf8('Bak'), 0xfc, 0x20, 0x61]);
    expect(importDocumentFile('latin1.txt', latin1)).toEqual({
      ok: false,
      error: 'latin1.txt is not valid UTF-8: invalid byte sequence at byte 3',
    });
  });

  it('refuses a PNG as binary', () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    expect(importDocumentFile('photo.txt', png)).toEqual({
      ok: false,
      error: 'photo.txt is not a text file: it contains binary data (NUL byte at byte 8)',
    });
  });

  it.each(['report.pdf', 'notes', 'archive.tar.gz', 'x.constructor', 'dir.txt/file'])(
    'refuses %s by its extension',
    (name) => {
      expect(importDocumentFile(name, utf8('text'))).toEqual({
        ok: false,
        error: `${name} cannot be imported: only plain text (.txt, .text), Markdown (.md, .markdown) and HTML (.html, .htm, .xhtml) files are supported`,
      });
    },
  );

  it('refuses empty files and documents without text', () => {
    expect(importDocumentFile('x.txt', new Uint8Array())).toEqual({
      ok: false,
      error: 'x.txt is empty',
    });
    expect(importDocumentFile('x.html', utf8('<script>alert(1)</script>'))).toEqual({
      ok: false,
      error: 'x.html has no text',
    });
    expect(importDocumentFile('blank.txt', utf8(' \r\n\u00a0\n'))).toEqual({
      ok: false,
      error: 'blank.txt has no text',
    });
  });
});
