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
  it('finds the five corpus articles', async () => {
    expect(corpusFiles).toHaveLength(5);
  });

  it.each(corpusFiles)(
    'imports %s with its first line as title and the id of its text',
    async (name) => {
      const raw = readFileSync(new URL(name, corpusDirectory), 'utf8');
      const result = await importDocumentFile(name, readFileSync(new URL(name, corpusDirectory)));
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

  it('keeps NBSP, curly quotes and Azerbaijani letters', async () => {
    const result = await importDocumentFile(
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
    const result = await importDocumentFile('talks.html', utf8(html));
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

  it('titles an HTML page without <title> or h1 by its first line', async () => {
    const result = await importDocumentFile(
      'page.HTM',
      utf8('<p>First paragraph.</p><p>Second.</p>'),
    );
    expect(result.ok && result.value.title).toBe('First paragraph.');
  });

  it('imports Markdown with its first heading as title', async () => {
    const result = await importDocumentFile(
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
    const result = await importDocumentFile('crlf.txt', bytes);
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

  it('composes decomposed accents, including ones produced by HTML entities', async () => {
    const result = await importDocumentFile('accents.html', utf8('<p>caf&#101;&#769; Ə</p>'));
    expect(result.ok && result.value.text).toBe('café Ə');
  });

  it('cuts a long first line to 200 code points for the title', async () => {
    const line = `${'😀'.repeat(150)} ${'word '.repeat(100)}`;
    const result = await importDocumentFile('long.txt', utf8(line));
    expect(result.ok && Array.from(result.value.title)).toHaveLength(200);
  });

  it('refuses Latin-1 bytes as not UTF-8', async () => {
    const latin1 = new Uint8Array([...utf8('Bak'), 0xfc, 0x20, 0x61]);
    expect(await importDocumentFile('latin1.txt', latin1)).toEqual({
      ok: false,
      error: 'latin1.txt is not valid UTF-8: invalid byte sequence at byte 3',
    });
  });

  it('refuses a PNG as binary', async () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    expect(await importDocumentFile('photo.txt', png)).toEqual({
      ok: false,
      error: 'photo.txt is not a text file: it contains binary data (NUL byte at byte 8)',
    });
  });

  it.each(['report.doc', 'notes', 'archive.tar.gz', 'x.constructor', 'dir.txt/file'])(
    'refuses %s by its extension',
    async (name) => {
      expect(await importDocumentFile(name, utf8('text'))).toEqual({
        ok: false,
        error: `${name} cannot be imported: only plain text (.txt, .text), Markdown (.md, .markdown), HTML (.html, .htm, .xhtml), Word (.docx) and PDF (.pdf) files are supported`,
      });
    },
  );

  it('refuses empty files and documents without text', async () => {
    expect(await importDocumentFile('x.txt', new Uint8Array())).toEqual({
      ok: false,
      error: 'x.txt is empty',
    });
    expect(await importDocumentFile('x.html', utf8('<script>alert(1)</script>'))).toEqual({
      ok: false,
      error: 'x.html has no text',
    });
    expect(await importDocumentFile('blank.txt', utf8(' \r\n\u00a0\n'))).toEqual({
      ok: false,
      error: 'blank.txt has no text',
    });
  });
});

describe('importDocumentFile, metadata and pages', () => {
  it('keeps a page’s well-formed metadata in canonical form and drops the rest', async () => {
    const page = `<html lang="EN-gb"><head><title>Talks</title>
      <meta property="og:site_name" content=" Caucasus Wire ">
      <meta name="author" content="Ana Petrosyan;;">
      <link rel="canonical" href="javascript:alert(1)">
      <meta property="article:published_time" content="2020-02-30">
      </head><body><p>Text of the talks.</p></body></html>`;
    const result = await importDocumentFile('talks.html', utf8(page));
    if (!result.ok) throw new Error(result.error);
    expect(result.value).toMatchObject({
      title: 'Talks',
      source: 'Caucasus Wire',
      authors: ['Ana Petrosyan'],
      language: 'en-GB',
    });
    expect(result.value).not.toHaveProperty('url');
    expect(result.value).not.toHaveProperty('publishedAt');
  });

  it('joins a paged conversion’s pages and records where each starts, in code points', async () => {
    const pages = ['Page one 🕊 text.\n', '', '\nPage three,\nsecond paragraph.', '  \n'];
    const pdf = async () => ({ title: ' Report ', text: pages });
    const result = await importDocumentFile('report.pdf', utf8('%PDF-1.7'), { pdf });
    if (!result.ok) throw new Error(result.error);
    const { text, pageStarts, title, format } = result.value;
    expect({ title, format }).toEqual({ title: 'Report', format: 'pdf' });
    expect(text).toBe('Page one 🕊 text.\nPage three,\nsecond paragraph.');
    // Page 2 is empty (it starts where page 3 does); page 4 is blank and starts at the end.
    expect(pageStarts).toEqual([0, 17, 17, 46]);
    expect([...text].slice(17, 27).join('')).toBe('Page three');
  });

  it('names the file and the converter’s reason when a binary file cannot be read', async () => {
    const pdf = async () => {
      throw new Error('has no text layer (a scanned image?)');
    };
    expect(await importDocumentFile('scan.PDF', utf8('%PDF'), { pdf })).toEqual({
      ok: false,
      error: 'scan.PDF has no text layer (a scanned image?)',
    });
    expect(await importDocumentFile('empty.pdf', new Uint8Array(), { pdf })).toEqual({
      ok: false,
      error: 'empty.pdf is empty',
    });
  });
});

describe('importDocumentFile on hostile files', () => {
  // Each file fails on its own, naming itself, and never takes the rest of an import with it
  // (before, these overflowed the stack and a whole batch failed without a file name).
  it('reads HTML nested 5,000 elements deep (25 KB)', async () => {
    const html = `<title>Deep</title>${'<div>'.repeat(5_000)}Still text${'</div>'.repeat(5_000)}`;
    const result = await importDocumentFile('deep.html', utf8(html));
    expect(result).toMatchObject({ ok: true, value: { title: 'Deep', text: 'Still text' } });
  });

  it('refuses Markdown that nests block quotes or lists past the limit, naming it', async () => {
    const quotes = await importDocumentFile('quotes.md', utf8('>'.repeat(2_000) + ' deep'));
    expect(quotes).toEqual({
      ok: false,
      error: 'quotes.md nests block quotes or lists more than 100 levels deep',
    });
    const lists = await importDocumentFile('lists.md', utf8('- '.repeat(150) + 'deep'));
    expect(lists).toEqual({
      ok: false,
      error: 'lists.md nests block quotes or lists more than 100 levels deep',
    });
    // At the limit it is read.
    const atLimit = await importDocumentFile('limit.md', utf8('>'.repeat(100) + ' deep'));
    expect(atLimit).toMatchObject({ ok: true, value: { text: 'deep' } });
  });

  it('refuses Markdown whose inline markup overflows the parser, naming it', async () => {
    // 3,000 asterisks on each side: marked's emphasis recurses past the stack (6 KB).
    const stars = '*'.repeat(3_000);
    const result = await importDocumentFile('stars.md', utf8(`${stars}a${stars}`));
    expect(result).toEqual({
      ok: false,
      error: 'stars.md nests its content too deeply to be read',
    });
  });
});
