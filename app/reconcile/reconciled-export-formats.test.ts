// The reconciled dataset in every format that carries enrichment: the reconciled layer's links,
// entity links and date values come out as each format writes an annotator's. Only the dataset
// carries provenance (annotations' and relations'); the other formats carry no annotation
// provenance either, so a reconciled relation there is a relation like any other.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { encodeBratFiles } from '../formats/brat/index.ts';
import { encodeClaimsTable } from '../formats/claims-table/index.ts';
import { datasetToModel, parseDataset, type DatasetModel } from '../formats/dataset/index.ts';
import { decodeJsonl, encodeJsonl } from '../formats/jsonl/index.ts';
import { decodeW3c, encodeW3cCollection } from '../formats/w3c/index.ts';
import { annotationIri, annotatorIri, relationIri } from '../formats/w3c/iris.ts';
import { asAnnotatorId, asRelationId, type AnnotationId } from '../model/ids.ts';
import { CLAIM_DATE, type Relation } from '../model/relation.ts';
import { RECONCILED_ANNOTATOR } from '../model/review.ts';
import { reconciledOnly } from './reconciled-export.ts';

/**
 * The reconciled dataset of the fixture's third document ("Pompeo said on 26 October 2020 that
 * the ceasefire would hold."), once the reviewer has also accepted Ana's date link (the file's
 * open `link` conflict): a claimant link, a claim date link, an entity link and a date value.
 */
function reconciledModel(): DatasetModel {
  const text = readFileSync(
    new URL('../formats/dataset/fixtures/valid-reconciled.json', import.meta.url),
    'utf8',
  );
  const parsed = parseDataset(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  const model = reconciledOnly(datasetToModel(parsed.value));
  const pledge = model.documents[2]!;
  const ofPledge = model.annotations.filter((a) => a.documentId === pledge.id);
  const claim = ofPledge.find((a) => a.label === 'claim')!;
  const date = ofPledge.find((a) => a.label === 'date')!;
  const dateLink: Relation = {
    id: asRelationId('reconciled-date-link'),
    documentId: pledge.id,
    type: CLAIM_DATE,
    from: claim.id,
    to: date.id,
    annotator: RECONCILED_ANNOTATOR,
    createdAt: '2024-05-10T09:00:00.000Z',
    updatedAt: '2024-05-10T09:00:00.000Z',
    provenance: {
      decision: 'adjudicated',
      decidedBy: asAnnotatorId('ana'),
      decidedAt: '2024-05-10T09:00:00.000Z',
      sources: [],
    },
  };
  return { ...model, relations: [...model.relations!, dateLink] };
}

const model = reconciledModel();
const pledge = model.documents[2]!;
const reconciledOf = (label: string) =>
  model.annotations.find((a) => a.documentId === pledge.id && a.label === label)!;
const [claim, actor, date] = ['claim', 'actor', 'date'].map(reconciledOf);

describe('the reconciled dataset in W3C Web Annotation', () => {
  const collection = encodeW3cCollection(model, { exportedAt: new Date('2024-06-01T00:00:00Z') });
  const items = collection.first!.items;

  it('writes the reconciled links as linking annotations of the reconciled layer', () => {
    const links = items.filter((item) => item.motivation === 'linking');
    expect(
      links.map((link) => [link.id, link.target, link.body, link['marginalia:relationType']]),
    ).toEqual([
      [
        relationIri(model.relations![0]!.id),
        annotationIri(claim!.id),
        annotationIri(actor!.id),
        'claimant',
      ],
      [
        relationIri(asRelationId('reconciled-date-link')),
        annotationIri(claim!.id),
        annotationIri(date!.id),
        'date',
      ],
    ]);
    expect(links.every((link) => link.creator.id === annotatorIri(RECONCILED_ANNOTATOR))).toBe(
      true,
    );
  });

  it('writes the entity link and the date value as bodies, and the linked entity', () => {
    const bodiesOf = (id: AnnotationId) =>
      items.find((item) => item.id === annotationIri(id) && item.motivation === 'tagging')!
        .body as { purpose: string; source?: string; value?: string }[];
    expect(bodiesOf(actor!.id)).toContainEqual(
      expect.objectContaining({
        purpose: 'identifying',
        source: 'http://www.wikidata.org/entity/Q473239',
      }),
    );
    expect(bodiesOf(date!.id)).toContainEqual(
      expect.objectContaining({
        purpose: 'describing',
        value: '2020-10-26',
        'marginalia:valueStatus': 'confirmed',
      }),
    );
    expect(collection['marginalia:entities']!.map((entity) => entity['marginalia:name'])).toEqual([
      'Mike Pompeo',
    ]);
  });

  it('reads back with the links, the entity link and the value', () => {
    const decoded = decodeW3c(JSON.parse(JSON.stringify(collection)));
    if (!decoded.ok) throw new Error(JSON.stringify(decoded.error));
    expect(decoded.value.relations!.map((r) => [r.type, r.from, r.to, r.annotator])).toEqual([
      ['claimant', claim!.id, actor!.id, RECONCILED_ANNOTATOR],
      ['date', claim!.id, date!.id, RECONCILED_ANNOTATOR],
    ]);
    const byId = new Map(decoded.value.annotations.map((a) => [a.id, a]));
    expect(byId.get(actor!.id)).toMatchObject({ entity: 'ent-pompeo' });
    expect(byId.get(date!.id)).toMatchObject({ value: '2020-10-26', valueStatus: 'confirmed' });
  });
});

describe('the reconciled dataset in JSONL', () => {
  const line = JSON.parse(encodeJsonl(model).split('\n')[2]!) as {
    spans: { id: number; label: string; entity?: { name: string }; value?: string }[];
    relations: { from_id: number; to_id: number; type: string }[];
  };
  const spanOf = (label: string) => line.spans.find((span) => span.label === label)!;

  it('writes the entity, the value and the links over span ids', () => {
    expect(spanOf('actor').entity).toEqual({
      id: 'ent-pompeo',
      name: 'Mike Pompeo',
      kind: 'person',
      wikidata: 'Q473239',
    });
    expect(spanOf('date')).toMatchObject({ value: '2020-10-26', value_status: 'confirmed' });
    expect(line.relations.map((r) => [r.from_id, r.to_id, r.type])).toEqual([
      [spanOf('claim').id, spanOf('actor').id, 'claimant'],
      [spanOf('claim').id, spanOf('date').id, 'date'],
    ]);
  });

  it('reads back with the links', () => {
    const decoded = decodeJsonl(encodeJsonl(model));
    if (!decoded.ok) throw new Error(JSON.stringify(decoded.error));
    expect(decoded.value.relations!.map((r) => r.type)).toEqual(['claimant', 'date']);
  });
});

describe('the reconciled dataset in the claims table', () => {
  it('gives the reconciled claim its claimant, the claimant’s entity and the date’s value', () => {
    const csv = encodeClaimsTable(model).replace(/^\uFEFF/, '');
    const rows = Papa.parse<Record<string, string>>(csv, {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.find((row) => row['Claim'] === claim!.quote)).toMatchObject({
      Claimants: 'Pompeo',
      'Claimant entities': 'Mike Pompeo',
      'Claim date': '26 October 2020',
      'Date value': '2020-10-26',
      'Date value status': 'confirmed',
      Annotator: 'Reconciled',
    });
  });
});

describe('the reconciled dataset in brat', () => {
  it('writes the links as R lines, the Wikidata link as an N line and the value as a note', () => {
    const ann = encodeBratFiles(model)
      .find((file) => file.name === 'Ceasefire-pledge.ann')!
      .content.split('\n');
    expect(ann).toEqual([
      'T1\tActor 0 6\tPompeo',
      'T2\tDate 15 30\t26 October 2020',
      'T3\tClaim 36 60\tthe ceasefire would hold',
      'R1\tClaimant Arg1:T3 Arg2:T1',
      'R2\tClaim_date Arg1:T3 Arg2:T2',
      'N1\tReference T1 Wikidata:Q473239\tMike Pompeo',
      '#1\tAnnotatorNotes T2\t2020-10-26',
      '',
    ]);
  });
});
