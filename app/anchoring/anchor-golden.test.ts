// Golden tests, after Hypothesis' html-baselines: real annotations saved on the corpus texts
// (golden/corpus-annotations.json) are re-anchored after the kinds of edit a text goes through
// between two copies of an article. Each edit says where every span must land, or that it must
// be an orphan; none may land on text that differs from its quote unless it is a fuzzy match.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AnchorResult } from './anchor-result.ts';
import { anchorSelector } from './anchor-selector.ts';

interface GoldenAnnotation {
  id: string;
  file: string;
  label: string;
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
}

const golden = JSON.parse(
  readFileSync(new URL('./golden/corpus-annotations.json', import.meta.url), 'utf8'),
) as GoldenAnnotation[];

function corpusText(file: string): string {
  return readFileSync(new URL(`../../../shared/corpus/${file}`, import.meta.url), 'utf8');
}

// The corpus has no astral characters, so UTF-16 indices are code-point offsets here; a test
// of its own (below) keeps that assumption honest.
function splice(text: string, at: number, remove: number, insert: string): string {
  return text.slice(0, at) + insert + text.slice(at + remove);
}

function anchor(annotation: GoldenAnnotation, text: string): AnchorResult {
  const { start, end, quote, prefix, suffix } = annotation;
  return anchorSelector(text, { start, end, quote, prefix, suffix });
}

const from = (annotation: GoldenAnnotation) => ({ start: annotation.start, end: annotation.end });

// The second of two identical title lines (004 repeats its headline). When that copy is
// edited, moved or deleted, the identical first copy, whose context is close, is where the
// span belongs: it is tested on its own below.
const repeatedTitle = golden.find((annotation) => annotation.id === 'golden-18')!;
const uniquelyPlaced = golden.filter((annotation) => annotation !== repeatedTitle);

describe('re-anchoring the corpus annotations', () => {
  it('has corpus texts without astral characters, so indices are offsets', () => {
    for (const file of new Set(golden.map((annotation) => annotation.file)))
      expect([...corpusText(file)].length).toBe(corpusText(file).length);
  });

  it.each(golden)('finds $id ($quote) exactly in the unedited text', (annotation) => {
    expect(anchor(annotation, corpusText(annotation.file))).toEqual({
      status: 'exact',
      ...from(annotation),
    });
  });

  const note = 'Editor’s note: this report was updated on 14 October 2020 at 18:00.\n\n';
  it.each(golden)('moves $id ($quote) past a note inserted at the top', (annotation) => {
    const text = splice(corpusText(annotation.file), 0, 0, note);
    expect(anchor(annotation, text)).toEqual({
      status: 'moved',
      start: annotation.start + note.length,
      end: annotation.end + note.length,
      from: from(annotation),
    });
  });

  it.each(golden)('moves $id ($quote) past words inserted just before it', (annotation) => {
    const words = '(according to several sources) ';
    const text = splice(corpusText(annotation.file), annotation.start, 0, words);
    expect(anchor(annotation, text)).toEqual({
      status: 'moved',
      start: annotation.start + words.length,
      end: annotation.end + words.length,
      from: from(annotation),
    });
  });

  it.each(uniquelyPlaced)(
    'finds $id ($quote) approximately after a typo inside it',
    (annotation) => {
      const { typoAt, typo } = typoIn(annotation.quote);
      const text = splice(corpusText(annotation.file), annotation.start + typoAt, 1, typo);
      const result = anchor(annotation, text);
      expect(result).toMatchObject({
        status: 'fuzzy',
        start: annotation.start,
        end: annotation.end,
        foundQuote: splice(annotation.quote, typoAt, 1, typo),
        from: from(annotation),
      });
      expect(result.status === 'fuzzy' && result.score).toBeGreaterThan(0.9);
    },
  );

  // A short span that is most of a short paragraph loses both sides of its context when the
  // paragraph moves, and a short quote alone is not enough to place it: it becomes an orphan
  // rather than risk landing on another occurrence. Longer or mid-paragraph spans follow it.
  const orphanedWhenTheirParagraphMoves = new Set(['golden-12']);
  it.each(uniquelyPlaced)(
    'follows $id ($quote) when its paragraph moves to the end',
    (annotation) => {
      const original = corpusText(annotation.file);
      const lineStart = original.lastIndexOf('\n', annotation.start - 1) + 1;
      const lineEnd = original.indexOf('\n', annotation.end);
      const line = original.slice(lineStart, lineEnd);
      const text = `${original.slice(0, lineStart)}${original.slice(lineEnd + 1)}\n${line}`;
      const newLineStart = text.length - line.length;
      const result = anchor(annotation, text);
      if (orphanedWhenTheirParagraphMoves.has(annotation.id)) {
        expect(result.status).toBe('orphan');
        return;
      }
      expect(result).toEqual({
        status: 'moved',
        start: newLineStart + annotation.start - lineStart,
        end: newLineStart + annotation.end - lineStart,
        from: from(annotation),
      });
    },
  );

  it.each(uniquelyPlaced)(
    'keeps $id ($quote) as an orphan when its quote is deleted',
    (annotation) => {
      const text = splice(
        corpusText(annotation.file),
        annotation.start,
        annotation.quote.length,
        '',
      );
      expect(anchor(annotation, text).status).toBe('orphan');
    },
  );

  it('puts the repeated title on its identical twin when the second copy is edited away', () => {
    const original = corpusText(repeatedTitle.file);
    const twin = original.indexOf(repeatedTitle.quote);
    expect(twin).toBeLessThan(repeatedTitle.start);
    const { typoAt, typo } = typoIn(repeatedTitle.quote);
    const lineEnd = original.indexOf('\n', repeatedTitle.end);
    const edits = [
      splice(original, repeatedTitle.start + typoAt, 1, typo),
      `${original.slice(0, repeatedTitle.start)}${original.slice(lineEnd + 1)}\n${original.slice(repeatedTitle.start, lineEnd)}`,
      splice(original, repeatedTitle.start, repeatedTitle.quote.length, ''),
    ];
    for (const text of edits) {
      expect(anchor(repeatedTitle, text)).toEqual({
        status: 'moved',
        start: twin,
        end: twin + repeatedTitle.quote.length,
        from: from(repeatedTitle),
      });
    }
  });

  it('says why a deleted quote is an orphan', () => {
    const post = golden.find((annotation) => annotation.quote === 'The Washington Post')!;
    const deleted = splice(corpusText(post.file), post.start, post.quote.length, '');
    expect(anchor(post, deleted)).toEqual({
      status: 'orphan',
      reason:
        'quote “The Washington Post” not found in the document (the closest text, ' +
        '“ to Washington last” at 3209–3228, has context 28 % alike; 80 % needed); ' +
        'offsets 471–490 hold “.⏎⏎This week, the a”',
    });
  });

  it('does not move a deleted name onto the same name in a similar sentence', () => {
    // "…between Armenia and Azerbaijan approaches…" loses "Azerbaijan"; a later sentence has
    // "…between Armenia and Azerbaijan, reports…", whose prefix is close but not close enough.
    const text = corpusText('000_5c0c6f709157f585.txt');
    const start = text.indexOf('Azerbaijan');
    const selector = {
      start,
      end: start + 10,
      quote: 'Azerbaijan',
      prefix: text.slice(Math.max(0, start - 32), start),
      suffix: text.slice(start + 10, start + 42),
    };
    expect(anchorSelector(splice(text, start, 10, ''), selector)).toEqual({
      status: 'orphan',
      reason:
        'quote “Azerbaijan” occurs in the document, but not in its context (the closest, at ' +
        '441–451, has context 75 % alike; 80 % needed); offsets 33–43 hold “ approache”',
    });
  });
});

/** The letter nearest the middle of the quote replaced by another: a one-character typo. */
function typoIn(quote: string): { typoAt: number; typo: string } {
  const middle = Math.floor(quote.length / 2);
  const letters = [...quote.matchAll(/\p{L}/gu)].map((match) => match.index);
  const typoAt = letters.reduce((best, at) =>
    Math.abs(at - middle) < Math.abs(best - middle) ? at : best,
  );
  return { typoAt, typo: quote[typoAt] === 'x' ? 'y' : 'x' };
}
