// Golden files: each fixture's exact issues, as the app's importer and `marginalia validate`
// show them. A changed message is a changed user interface, so it has to change here too.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from './parse.ts';
import type { DatasetIssue } from './types.ts';

function issuesOf(fixture: string): DatasetIssue[] {
  const result = parseDataset(
    readFileSync(new URL(`fixtures/${fixture}`, import.meta.url), 'utf8'),
  );
  return result.ok ? [] : result.error;
}

describe('dataset fixtures', () => {
  it('accepts the small valid dataset', () => {
    expect(issuesOf('valid-small.json')).toEqual([]);
  });

  it('accepts properties a later version may add, and absent optional fields', () => {
    expect(issuesOf('valid-future-fields.json')).toEqual([]);
  });

  it('accepts a reconciled dataset: provenance, reviews and the reconciled layer, with its relations, entity links, values and enrichment entries', () => {
    expect(issuesOf('valid-reconciled.json')).toEqual([]);
  });

  it('accepts relations, entities, entity links, date values and publication dates', () => {
    expect(issuesOf('valid-enriched.json')).toEqual([]);
  });

  it('reports every way a relation can go wrong', () => {
    expect(issuesOf('invalid-relations.json')).toEqual(RELATION_ISSUES);
  });

  it('reports every way entities, entity links, values and publication dates can go wrong', () => {
    expect(issuesOf('invalid-enrichment.json')).toEqual(ENRICHMENT_ISSUES);
  });

  it('reports every way the reconciled layer and reviews can go wrong', () => {
    const conflictId = '7d6b2cf9-60e9-893a-a5a2-d68649d4a936';
    expect(issuesOf('invalid-provenance.json')).toEqual([
      {
        path: '/documents/0/annotations/2/provenance/decision',
        message: 'expected one of "unanimous", "adjudicated", "edited", found "guessed"',
      },
      {
        path: '/documents/0/annotations/2/provenance/decidedBy',
        message: 'expected a string or null, found 42',
      },
      {
        path: '/documents/0/annotations/4/provenance/sources',
        message: 'expected an array of at least 1 item, found an empty array',
      },
      {
        path: '/documents/0/review/conflicts/1/status',
        message: 'expected one of "open", "resolved", found "done"',
      },
      {
        path: '/documents/1/review/conflicts/1/annotations',
        message: 'expected an array of at least 1 item, found an empty array',
      },
      {
        path: '/annotators/2/role',
        message:
          'expected "annotator" or no role (only the reserved id "reconciled" holds the reconciled layer), found "reconciled"',
      },
      {
        path: '/annotators/3/role',
        message:
          'expected "reconciled" (the reserved id "reconciled" is the reconciled layer), found "annotator"',
      },
      {
        path: '/documents/0/annotations/6/provenance',
        message:
          'expected provenance only on annotations of the reconciled layer (annotator "reconciled"), found it on one of "ana"',
      },
      {
        path: '/documents/0/annotations/2/provenance/sources/1/end',
        message: "expected an end of at most 91 (the text's length in code points), found 400",
      },
      {
        path: '/documents/0/annotations/2/provenance/sources/1/annotationId',
        message: 'expected an annotation of "ben", found one of "ana"',
      },
      {
        path: '/documents/0/review/annotators/2',
        message: `expected an annotator's layer, found the reconciled layer ("reconciled")`,
      },
      {
        path: '/documents/0/review/annotators/3',
        message:
          'expected the id of an annotator in /annotators ("ana", "ben", "cleo", "reconciled"), found "zed"',
      },
      {
        path: '/documents/0/review/conflicts/0/annotations/1',
        message: 'expected the id of an annotation in this document, found "ghost"',
      },
      {
        path: '/documents/0/review/conflicts/1/id',
        message: `duplicate conflict id "${conflictId}" (also at /documents/0/review/conflicts/0/id)`,
      },
      {
        path: '/documents/1/annotations/3/provenance',
        message:
          'required property "provenance" is missing (every annotation of the reconciled layer records how it was decided)',
      },
      {
        path: '/documents/1/annotations/2/provenance/sources/0/annotator',
        message: `expected an annotator's layer, found the reconciled layer ("reconciled")`,
      },
      {
        path: '/documents/1/review/conflicts/0/annotations/1',
        message:
          'expected an annotation of a compared annotator ("ana", "ben"), found one of "reconciled"',
      },
    ]);
  });

  it('reports every way reconciled relations, entity links, values and enrichment entries can go wrong', () => {
    expect(issuesOf('invalid-reconciled-enrichment.json')).toEqual(RECONCILED_ENRICHMENT_ISSUES);
  });

  it('reports a missing comma with its line and column', () => {
    expect(issuesOf('invalid-missing-comma.json')).toEqual([
      {
        path: '',
        message: `not valid JSON: Unexpected character '"'; expected ',' or '}' at line 51, column 11`,
      },
    ]);
  });

  it('reports a truncated file at its end', () => {
    expect(issuesOf('invalid-truncated.json')).toEqual([
      { path: '', message: 'not valid JSON: Unexpected end of input at line 61, column 1' },
    ]);
  });

  it('refuses another format before looking further', () => {
    expect(issuesOf('invalid-format.json')).toEqual([
      { path: '/format', message: 'not a Marginalia dataset (format is "webanno-tsv")' },
    ]);
  });

  it('refuses a newer version before looking further', () => {
    expect(issuesOf('invalid-newer-version.json')).toEqual([
      {
        path: '/version',
        message: 'written by a newer Marginalia (dataset version 2); this version reads version 1',
      },
    ]);
  });

  it('translates every schema violation into a message with its path', () => {
    expect(issuesOf('invalid-schema.json')).toEqual([
      {
        path: '/exportedAt',
        message:
          'expected a valid ISO 8601 date-time with a time zone, such as "2024-05-01T09:30:00Z", found "10/05/2024"',
      },
      { path: '/annotators/1/name', message: 'expected a string, found 42' },
      {
        path: '/labels/1/color',
        message: 'expected a CSS hex colour such as #d33 or #dd3333, found "blue"',
      },
      { path: '/documents/0/title', message: 'required property "title" is missing' },
      {
        path: '/documents/0/annotations/0/start',
        message: 'expected a non-negative integer, found -1',
      },
      { path: '/documents/0/annotations/1/end', message: 'expected an integer, found 59.5' },
      {
        path: '/documents/1/id',
        message:
          'expected a document id ("sha256:" and 64 lowercase hex digits), found "sha256:XYZ"',
      },
      {
        path: '/documents/1/annotations/0/createdAt',
        message:
          'expected a valid ISO 8601 date-time with a time zone, such as "2024-05-01T09:30:00Z", found "2024-02-30T09:30:00Z"',
      },
      { path: '/documents/1/annotations/1/quote', message: 'required property "quote" is missing' },
    ]);
  });

  it('reports every rule the schema cannot express', () => {
    expect(issuesOf('invalid-semantics.json')).toEqual([
      { path: '/labels/3/id', message: 'duplicate label id "date" (also at /labels/2/id)' },
      {
        path: '/documents/0/id',
        message:
          `expected the SHA-256 of the document's text, "sha256:8c23455bc7eefba90ce524d9bdbb9b555658000144e08073dff7eb47006c24ad", ` +
          'found "sha256:8c23455bc7eefba90ce524d9bdbb9b555658000144e08073dff7eb47006c24a0"',
      },
      {
        path: '/documents/0/annotations/0/quote',
        message: 'expected the text from 30 to 40, "3 May 2024", found "3 May 2025"',
      },
      {
        path: '/documents/0/annotations/1/end',
        message: "expected an end of at most 91 (the text's length in code points), found 200",
      },
      {
        path: '/documents/0/annotations/2/end',
        message: 'expected an end greater than start (90), found 65',
      },
      {
        path: '/documents/1/annotations/0/label',
        message:
          'expected the id of a label in /labels ("claim", "actor", "date"), found "opinion"',
      },
      {
        path: '/documents/1/annotations/1/id',
        message: 'duplicate annotation id "ann-1" (also at /documents/0/annotations/0/id)',
      },
      {
        path: '/documents/1/annotations/1/annotator',
        message: 'expected the id of an annotator in /annotators ("ana", "ben"), found "zed"',
      },
      {
        path: '/documents/2/id',
        message:
          'duplicate document id "sha256:527845889e41fe79f6815f8508a0ace180dca647322cf601a4cb3afa645e8e6f" (also at /documents/1/id)',
      },
      {
        path: '/documents/3/text',
        message:
          'expected normalised text (Unicode NFC, LF line endings, no byte-order mark), found a carriage return at code point 8',
      },
    ]);
  });
});

const RELATION_ISSUES: DatasetIssue[] = [
  {
    path: '/relationTypes/1/to',
    message: 'expected "date" (the built-in "date" type links claim → date), found "actor"',
  },
  {
    path: '/documents/0/relations/4/to',
    message: 'expected the id of an annotation in this document, found "ghost"',
  },
  {
    path: '/documents/0/relations/5/to',
    message: `expected an annotation of "ana" (the relation's layer), found one of "ben"`,
  },
  {
    path: '/documents/0/relations/6/to',
    message:
      'expected an annotation labelled "actor" (as a "target" relation requires), found one labelled "date"',
  },
  {
    path: '/documents/0/relations/7/type',
    message:
      'expected the id of a relation type in /relationTypes or a built-in ("claimant", "date", "target", "cites"), found "supports"',
  },
  {
    path: '/documents/0/relations/8',
    message:
      'expected at most one "date" relation from annotation "ann-7", found a second (the first is /documents/0/relations/3)',
  },
  {
    path: '/documents/0/relations/9/id',
    message: 'duplicate relation id "rel-1" (also at /documents/0/relations/0/id)',
  },
  // ann-4 is an annotation of the file, but of the other document.
  {
    path: '/documents/0/relations/10/from',
    message: 'expected the id of an annotation in this document, found "ann-4"',
  },
  {
    path: '/documents/0/relations/11/annotator',
    message: 'expected the id of an annotator in /annotators ("ana", "ben"), found "zed"',
  },
];

const DATE_VALUE_FORMS_MESSAGE =
  'expected a year (2020), a month (2020-10), a day (2020-10-26), an ISO week (2020-W43), a minute (2020-10-26T08:00) or an interval of two of these (2020-10-10/2020-10-17).';

const ENRICHMENT_ISSUES: DatasetIssue[] = [
  // What the schema sees comes first.
  {
    path: '/entities/0/wikidata',
    message: 'expected a Wikidata id: Q followed by digits, like Q42, found "P31"',
  },
  {
    path: '/entities/2/kind',
    message: 'expected one of "person", "organisation", "state", "group", "other", found "company"',
  },
  {
    path: '/documents/1/publishedAt',
    message: 'expected a calendar day written YYYY-MM-DD (2020-10-26), found "04/05/2024"',
  },
  {
    path: '/documents/1/annotations/1/valueStatus',
    message: 'expected one of "suggested", "confirmed", found "maybe"',
  },
  {
    path: '/entities/1/aliases',
    message:
      'expected aliases other than the name, each listed once, none empty or containing "|": “jeyhun  bayramov” is the name itself',
  },
  { path: '/entities/3/id', message: 'duplicate entity id "ent-armenia" (also at /entities/0/id)' },
  {
    path: '/documents/0/publishedAt',
    message:
      '2024-02-30 is not a day of the calendar (February 2024 has 29 days); expected a calendar day written YYYY-MM-DD (2020-10-26).',
  },
  {
    path: '/documents/0/annotations/0/value',
    message: `2024-13: there is no month 13 (months run from 01 to 12); ${DATE_VALUE_FORMS_MESSAGE}`,
  },
  {
    path: '/documents/0/annotations/1/value',
    message: `2024-05-10/2024-05-03: the interval ends (2024-05-03) before it begins (2024-05-10); ${DATE_VALUE_FORMS_MESSAGE}`,
  },
  {
    path: '/documents/0/annotations/2/entity',
    message:
      'expected the id of an entity in /entities ("ent-armenia", "ent-bayramov", "ent-commission"), found "ent-nobody"',
  },
  {
    path: '/documents/0/annotations/3/value',
    message:
      'expected no value on an annotation labelled "actor" (only date annotations carry one), found "2024"',
  },
  {
    path: '/documents/0/annotations/4/entity',
    message:
      'expected no entity on an annotation labelled "claim" (only actor annotations link to entities), found "ent-armenia"',
  },
  {
    path: '/documents/0/annotations/5/valueStatus',
    message: 'expected "valueStatus" only with a "value", found "confirmed" without one',
  },
  {
    path: '/documents/1/annotations/1/value',
    message: 'expected a date value without surrounding spaces, found " 2024-05-03"',
  },
];

const RECONCILED_LAYER = `expected an annotator's layer, found the reconciled layer ("reconciled")`;

const RECONCILED_ENRICHMENT_ISSUES: DatasetIssue[] = [
  // What the schema sees comes first.
  {
    path: '/documents/0/annotations/7/provenance/value/decision',
    message: 'expected one of "unanimous", "adjudicated", "edited", found "guessed"',
  },
  {
    path: '/documents/0/relations/2/provenance/sources/4/relationId',
    message: 'required property "relationId" is missing',
  },
  {
    path: '/documents/0/relations/5/provenance/sources',
    message: 'required property "sources" is missing',
  },
  {
    path: '/documents/0/review/conflicts/3/kind',
    message:
      'expected one of "agreed", "partial", "label", "boundary", "single", "link", "entity", "value", found "links"',
  },
  { path: '/documents/0/annotations/2/provenance/entity/annotators/1', message: RECONCILED_LAYER },
  {
    path: '/documents/0/annotations/3/provenance/value',
    message:
      'expected how a value was decided only on an annotation with a "value", found it on one without',
  },
  {
    path: '/documents/0/annotations/7/provenance/entity',
    message:
      'expected how an entity was decided only on an annotation with an "entity", found it on one without',
  },
  {
    path: '/documents/0/annotations/7/provenance/value',
    message:
      'expected how a value was decided only on an annotation with a "value", found it on one without',
  },
  {
    path: '/documents/0/relations/0/provenance',
    message:
      'expected provenance only on relations of the reconciled layer (annotator "reconciled"), found it on one of "ana"',
  },
  {
    path: '/documents/0/relations/4/provenance',
    message:
      'required property "provenance" is missing (every relation of the reconciled layer records how it was decided)',
  },
  // Sources 2 (a relation ben has since deleted) and 3 (cleo's layer is not in the file) are
  // history and a record only, as an annotation's sources would be.
  {
    path: '/documents/0/relations/2/provenance/sources/0/relationId',
    message: 'expected a relation of "ana", found one of "ben"',
  },
  { path: '/documents/0/relations/2/provenance/sources/1/annotator', message: RECONCILED_LAYER },
  {
    path: '/documents/0/review/conflicts/2/id',
    message:
      'duplicate conflict id "1a5601a3-2581-8b81-abd7-21a977e2d2a3" (also at /documents/0/review/conflicts/0/id)',
  },
  {
    path: '/documents/0/review/conflicts/2/annotations/0',
    message:
      'expected an annotation of a compared annotator ("ana", "ben"), found one of "reconciled"',
  },
  {
    path: '/documents/0/review/conflicts/4/annotations/1',
    message: 'expected the id of an annotation in this document, found "ghost"',
  },
];
