import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentIdOf } from '../../text/document-id.ts';
import { MAX_DATASET_ISSUES, parseDataset, parseDatasetValue } from './parse.ts';
import type { DatasetIssue } from './types.ts';

const validText = readFileSync(new URL('fixtures/valid-small.json', import.meta.url), 'utf8');

// Loosely typed on purpose: these tests break datasets in ways the types forbid.
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Issues found after `edit` changes a copy of the valid fixture. */
function issuesAfter(edit: (dataset: Json) => void): DatasetIssue[] {
  const dataset = JSON.parse(validText) as Json;
  edit(dataset);
  const result = parseDataset(JSON.stringify(dataset));
  return result.ok ? [] : result.error;
}

function issuesOf(text: string): DatasetIssue[] {
  const result = parseDataset(text);
  return result.ok ? [] : result.error;
}

describe('parseDataset', () => {
  it('returns the dataset it read', () => {
    const result = parseDataset(validText);
    expect(result.ok && result.value.documents.map((document) => document.title)).toEqual([
      'Ceasefire talks',
      'Border commission',
    ]);
  });

  it('ignores a byte-order mark before the JSON', () => {
    expect(issuesOf(`\ufeff${validText}`)).toEqual([]);
  });

  it('places syntax errors by line and column', () => {
    expect(issuesOf('')).toEqual([
      { path: '', message: 'not valid JSON: Unexpected end of input at line 1, column 1' },
    ]);
    expect(issuesOf('{\n  "format": "marginalia-dataset",\n  "version": 1,\n}')).toEqual([
      {
        path: '',
        message: `not valid JSON: Unexpected character '}'; expected a property name in double quotes at line 4, column 1`,
      },
    ]);
  });

  it('refuses JSON that is not an object, or has no format', () => {
    expect(issuesOf('[]')).toEqual([
      {
        path: '',
        message: 'not a Marginalia dataset (expected a JSON object, found an empty array)',
      },
    ]);
    expect(issuesAfter((dataset) => delete dataset.format)).toEqual([
      { path: '/format', message: 'not a Marginalia dataset (format missing)' },
    ]);
  });

  it('reports an older or malformed version through the schema', () => {
    expect(issuesAfter((dataset) => (dataset.version = 0))).toEqual([
      { path: '/version', message: 'expected 1, found 0' },
    ]);
    expect(issuesAfter((dataset) => (dataset.version = '1'))).toEqual([
      { path: '/version', message: 'expected 1, found "1"' },
    ]);
  });

  it('reports schema and semantic problems in one pass', () => {
    const issues = issuesAfter((dataset) => {
      delete dataset.documents[0].title;
      dataset.documents[0].annotations[0].quote = 'May';
    });
    expect(issues.map((issue) => issue.path)).toEqual([
      '/documents/0/title',
      '/documents/0/annotations/0/quote',
    ]);
  });

  it('checks an already parsed value as it checks the text it came from', () => {
    const dataset = JSON.parse(validText) as Json;
    expect(parseDatasetValue(dataset)).toEqual(parseDataset(validText));
    dataset.documents[0].annotations[0].quote = 'May';
    const text = JSON.stringify(dataset);
    expect(parseDatasetValue(JSON.parse(text))).toEqual(parseDataset(text));
    expect(parseDatasetValue(JSON.parse(text), { verifyQuotes: false }).ok).toBe(true);
    expect(parseDatasetValue([])).toEqual(parseDataset('[]'));
  });

  it('accepts a quote that differs from its offsets only when told not to verify quotes', () => {
    const dataset = JSON.parse(validText) as Json;
    dataset.documents[0].annotations[0].quote = 'May';
    dataset.documents[0].annotations[1].end = 1000;
    const text = JSON.stringify(dataset);
    expect(issuesOf(text).map((issue) => issue.path)).toEqual([
      '/documents/0/annotations/0/quote',
      '/documents/0/annotations/1/end',
    ]);
    const lenient = parseDataset(text, { verifyQuotes: false });
    // Offsets past the text are still wrong: only the quote check is skipped.
    expect(lenient.ok ? [] : lenient.error.map((issue) => issue.path)).toEqual([
      '/documents/0/annotations/1/end',
    ]);
    dataset.documents[0].annotations.splice(1, 1);
    expect(parseDataset(JSON.stringify(dataset), { verifyQuotes: false }).ok).toBe(true);
  });

  it('names the first place text departs from normal form', () => {
    const withText = (text: string) =>
      issuesAfter((dataset) => {
        dataset.documents[1] = { id: documentIdOf(text), title: 't', text, annotations: [] };
      });
    expect(withText('\ufeffHello')).toEqual([
      {
        path: '/documents/1/text',
        message:
          'expected normalised text (Unicode NFC, LF line endings, no byte-order mark), found a byte-order mark at the start',
      },
    ]);
    expect(withText('😀 Cafe\u0301')).toEqual([
      {
        path: '/documents/1/text',
        message:
          'expected normalised text (Unicode NFC, LF line endings, no byte-order mark), found characters not in Unicode NFC from code point 5',
      },
    ]);
  });

  it('counts offsets in code points, not UTF-16 units', () => {
    // "Friday" starts at code point 53 but UTF-16 unit 63 (the bold letters and the flag are astral).
    expect(issuesAfter((dataset) => (dataset.documents[1].annotations[1].start = 63))[0]).toEqual({
      path: '/documents/1/annotations/1/end',
      message: 'expected an end greater than start (63), found 59',
    });
  });

  it('says where a long quote differs when the shown part is the same', () => {
    const text = `${'word '.repeat(30)}end.`;
    const issues = issuesAfter((dataset) => {
      dataset.documents[1] = {
        id: documentIdOf(text),
        title: 't',
        text,
        annotations: [
          {
            ...dataset.documents[1].annotations[0],
            id: 'long',
            start: 0,
            end: 154,
            quote: `${'word '.repeat(30)}END.`,
          },
        ],
      };
    });
    expect(issues).toEqual([
      {
        path: '/documents/1/annotations/0/quote',
        message:
          `expected the text from 0 to 154, "${'word '.repeat(12)}"…, found "${'word '.repeat(12)}"… ` +
          '(they first differ at code point 150 of the quote)',
      },
    ]);
  });

  it('does not check the text hash of an id the schema already rejected', () => {
    expect(issuesAfter((dataset) => (dataset.documents[0].id = 'sha256:ABC'))).toEqual([
      {
        path: '/documents/0/id',
        message:
          'expected a document id ("sha256:" and 64 lowercase hex digits), found "sha256:ABC"',
      },
    ]);
  });

  it('reports structurally broken parts without throwing', () => {
    const issues = issuesAfter((dataset) => {
      dataset.labels = 'claim';
      dataset.documents[0].annotations = [null, 3, { id: 'x' }];
      dataset.documents[1].text = 7;
    });
    expect(issues.map((issue) => issue.path)).toEqual([
      '/labels',
      '/documents/0/annotations/0',
      '/documents/0/annotations/1',
      '/documents/0/annotations/2/label',
      '/documents/0/annotations/2/start',
      '/documents/0/annotations/2/end',
      '/documents/0/annotations/2/quote',
      '/documents/0/annotations/2/annotator',
      '/documents/0/annotations/2/createdAt',
      '/documents/0/annotations/2/updatedAt',
      '/documents/1/text',
    ]);
  });

  it(`stops listing after ${MAX_DATASET_ISSUES} issues and says how many more there are`, () => {
    const issues = issuesAfter((dataset) => {
      const template = dataset.documents[0].annotations[0];
      dataset.documents[0].annotations = Array.from({ length: 150 }, (_, i) => ({
        ...template,
        id: `a${i}`,
        label: 'opinion',
      }));
    });
    expect(issues).toHaveLength(MAX_DATASET_ISSUES + 1);
    expect(issues.at(-1)).toEqual({ path: '', message: '…and 50 more issues not shown' });
  });

  it('rejects deeply nested garbage with a position instead of overflowing the stack', () => {
    expect(issuesOf('['.repeat(100_000))).toEqual([
      { path: '', message: 'not valid JSON: Unexpected end of input at line 1, column 100001' },
    ]);
  });
});

describe('parseDataset, reviewed datasets', () => {
  const reconciledText = readFileSync(
    new URL('fixtures/valid-reconciled.json', import.meta.url),
    'utf8',
  );

  function reconciledIssuesAfter(edit: (dataset: Json) => void): DatasetIssue[] {
    const dataset = JSON.parse(reconciledText) as Json;
    edit(dataset);
    const result = parseDataset(JSON.stringify(dataset));
    return result.ok ? [] : result.error;
  }

  it('says once what either branch of a choice expects (Ajv reports three errors)', () => {
    expect(
      reconciledIssuesAfter((dataset) => {
        dataset.documents[0].annotations[2].provenance.decidedBy = '';
      }),
    ).toEqual([
      {
        path: '/documents/0/annotations/2/provenance/decidedBy',
        message: 'expected a non-empty string or null, found an empty string',
      },
    ]);
  });

  it('accepts sources it cannot check when the document does not carry their layer', () => {
    // The reconciled layer alone, as an export of the reconciled dataset writes it.
    expect(
      reconciledIssuesAfter((dataset) => {
        for (const document of dataset.documents) {
          document.annotations = document.annotations.filter(
            (annotation: Json) => annotation.annotator === 'reconciled',
          );
          if (document.relations !== undefined)
            document.relations = document.relations.filter(
              (relation: Json) => relation.annotator === 'reconciled',
            );
          delete document.review;
        }
        dataset.annotators = dataset.annotators.filter(
          (annotator: Json) => annotator.id === 'reconciled',
        );
      }),
    ).toEqual([]);
  });

  it('keeps a cited relation the annotator has since deleted as history, not an error', () => {
    expect(
      reconciledIssuesAfter((dataset) => {
        dataset.documents[2].relations = dataset.documents[2].relations.filter(
          (relation: Json) => relation.id !== 'ana-r1',
        );
      }),
    ).toEqual([]);
  });

  it('refuses a reconciled relation citing a relation of another layer the document holds', () => {
    expect(
      reconciledIssuesAfter((dataset) => {
        const reconciled = dataset.documents[2].relations.find(
          (relation: Json) => relation.annotator === 'reconciled',
        );
        reconciled.provenance.sources[0].relationId = reconciled.id;
      }),
    ).toEqual([
      {
        path: '/documents/2/relations/2/provenance/sources/0/relationId',
        message: 'expected a relation of "ana", found one of "reconciled"',
      },
    ]);
  });

  it('accepts a link a reviewer set by hand, with no sources', () => {
    expect(
      reconciledIssuesAfter((dataset) => {
        const reconciled = dataset.documents[2].relations.find(
          (relation: Json) => relation.annotator === 'reconciled',
        );
        reconciled.provenance = { ...reconciled.provenance, decision: 'edited', sources: [] };
      }),
    ).toEqual([]);
  });

  it('keeps a source the annotator has since deleted as history, not an error', () => {
    expect(
      reconciledIssuesAfter((dataset) => {
        dataset.documents[0].annotations = dataset.documents[0].annotations.filter(
          (annotation: Json) => annotation.id !== 'ana-1',
        );
        delete dataset.documents[0].review;
      }),
    ).toEqual([]);
  });
});
