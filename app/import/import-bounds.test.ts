import { describe, expect, it } from 'vitest';
import type { ImportBundle } from './bundle.ts';
import {
  checkBundleBounds,
  countJsonlRecords,
  MAX_IMPORT_ANNOTATIONS,
  MAX_IMPORT_RECORDS,
} from './import-bounds.ts';
import { decodeImportUpload } from './read-import-file.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

function summaryOf(fileName: string, text: string): string[] {
  const result = decodeImportUpload(fileName, utf8(text));
  if (result.ok) throw new Error(`${fileName} was accepted`);
  return result.error.summary;
}

describe('the bounds of one import', () => {
  it('are well above the bench library (1,000 documents, 100,000 annotations)', () => {
    expect(MAX_IMPORT_RECORDS).toBe(200_000);
    expect(MAX_IMPORT_ANNOTATIONS).toBe(1_000_000);
  });

  it('refuse a JSONL file of one line too many before parsing any (2.6 MB)', () => {
    const lines = '{"text":"a"}\n'.repeat(MAX_IMPORT_RECORDS + 1);
    expect(summaryOf('many.jsonl', lines)).toEqual([
      'Nothing will be imported from many.jsonl: 1 problem in the file must be fixed first.',
      '  the file holds more than 200,000 documents; one import reads at most 200,000: split it into several files',
    ]);
    // Blank lines are not documents: the same lines with one fewer are read.
    const atLimit = '{"text":"a"}\n\n'.repeat(MAX_IMPORT_RECORDS);
    expect(countJsonlRecords(atLimit, MAX_IMPORT_RECORDS)).toBe(MAX_IMPORT_RECORDS);
  });

  it('refuse a JSONL file with one annotation too many, before reading its spans (10 MB)', () => {
    const spans = '[0,1,"actor"],'.repeat(MAX_IMPORT_ANNOTATIONS) + '[1,2,"actor"]';
    const text = `{"text":"ab","spans":[${spans}]}\n`;
    expect(summaryOf('spans.jsonl', text)).toEqual([
      'Nothing will be imported from spans.jsonl: 1 problem in the file must be fixed first.',
      '  the file holds more than 1,000,000 annotations; one import reads at most 1,000,000: split it into several files',
    ]);
  });

  it('list the first 100 problems of a file of broken lines and count the rest', () => {
    const result = decodeImportUpload('broken.jsonl', utf8('{"text":"a"}\n' + 'x\n'.repeat(300)));
    if (result.ok) throw new Error('accepted');
    expect(result.error.issues).toHaveLength(101);
    expect(result.error.issues[0]).toEqual({
      path: 'line 2',
      message: expect.stringMatching(/^not valid JSON/),
    });
    expect(result.error.issues[100]).toEqual({
      path: '',
      message: '…and 200 more issues not shown',
    });
  });

  it('refuse a dataset or W3C file holding more than an import reads', () => {
    const bundle = (documents: number, annotations: number) =>
      ({
        documents: { length: documents },
        annotations: { length: annotations },
      }) as unknown as ImportBundle;
    expect(checkBundleBounds(bundle(200_000, 1_000_000))).toBeNull();
    expect(checkBundleBounds(bundle(200_001, 0))?.message).toBe(
      'the file holds 200,001 documents; one import reads at most 200,000: split it into several files',
    );
    expect(checkBundleBounds(bundle(1, 1_000_001))?.message).toBe(
      'the file holds 1,000,001 annotations; one import reads at most 1,000,000: split it into several files',
    );
  });
});
