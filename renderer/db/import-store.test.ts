// A reviewed dataset imported into the library keeps what the review decided: the reconciled
// relations with their provenance (stored as the seventh element of their tuples), and how each
// reconciled entity link and date value was decided (annotations are stored whole), through a
// reload, an edit of the reconciled layer and a compaction of the journal.

import { describe, expect, it } from 'vitest';
import reviewed from '../../app/formats/dataset/fixtures/valid-reconciled.json';
import { datasetToModel, type DatasetV1 } from '../../app/formats/dataset/index.ts';
import { asRelationId } from '../../app/model/ids.ts';
import { CLAIM_DATE, type Relation } from '../../app/model/relation.ts';
import { RECONCILED_ANNOTATOR } from '../../app/model/review.ts';
import { planImportFile } from '../import/plan-import-file.ts';
import { ALICE, openTestDatabase } from '../test-support/test-database.ts';
import {
  compactDocumentLayers,
  readDocumentLayers,
  readDocumentRelations,
} from './annotation-store.ts';
import type { MarginaliaDatabase } from './database.ts';
import { applyImportPlan } from './import-store.ts';
import { layerKeyOf } from './rows.ts';
import { writeChanges } from './write-changes.ts';

const expected = datasetToModel(reviewed as unknown as DatasetV1);
/** The fixture's third document: reconciled claimant link, entity link and date value. */
const pledge = expected.documents[2]!.id;
const reconciledOf = <T extends { annotator: string; documentId: string }>(list: readonly T[]) =>
  list.filter((item) => item.annotator === RECONCILED_ANNOTATOR && item.documentId === pledge);

async function importReviewed(db: MarginaliaDatabase): Promise<void> {
  const file = { name: 'reviewed.json', bytes: new TextEncoder().encode(JSON.stringify(reviewed)) };
  const planned = await planImportFile(db, file, ALICE);
  if (!planned.ok) throw new Error(JSON.stringify(planned.error));
  await applyImportPlan(db, planned.value, {
    fileName: file.name,
    importedAt: new Date('2024-06-01T00:00:00.000Z'),
  });
}

describe('applyImportPlan of a reviewed dataset', () => {
  it('keeps the reconciled relations’ provenance and how entity links and values were decided', async () => {
    const db = openTestDatabase();
    await importReviewed(db);
    const { annotations, relations } = await readDocumentLayers(db, pledge);
    expect(reconciledOf(relations)).toEqual(reconciledOf(expected.relations!));
    expect(reconciledOf(relations)[0]!.provenance!.sources).toHaveLength(2);
    expect(relations.filter((relation) => relation.provenance === undefined)).toHaveLength(3);
    const reconciled = reconciledOf(annotations);
    expect(reconciled).toEqual(expect.arrayContaining(reconciledOf(expected.annotations)));
    expect(reconciled.find((a) => a.entity !== undefined)!.provenance!.entity).toEqual({
      decision: 'unanimous',
      decidedBy: null,
      decidedAt: '2024-05-08T08:00:00.000Z',
      annotators: ['ana', 'ben'],
    });
    expect(reconciled.find((a) => a.value !== undefined)!.provenance!.value).toMatchObject({
      decision: 'adjudicated',
      annotators: ['ana'],
    });
    // Only the reconciled layer's tuples grow a seventh element.
    const stored = await db.relationLayers.bulkGet([
      layerKeyOf(pledge, RECONCILED_ANNOTATOR),
      layerKeyOf(pledge, expected.annotators[0]!.id),
    ]);
    expect(stored.map((row) => row!.relations.map((tuple) => tuple.length))).toEqual([[7], [6, 6]]);
  });

  it('keeps a reconciled relation’s provenance written to the journal and compacted into its record', async () => {
    const db = openTestDatabase();
    await importReviewed(db);
    const [claimant] = reconciledOf(expected.relations!);
    const date = reconciledOf(expected.annotations).find((a) => a.label === 'date')!;
    // The reviewer accepts Ana's date link: a relation of the reconciled layer, through the journal.
    const dateLink: Relation = {
      ...claimant!,
      id: asRelationId('reconciled-date-link'),
      type: CLAIM_DATE,
      to: date.id,
      provenance: {
        decision: 'adjudicated',
        decidedBy: ALICE.id,
        decidedAt: '2024-06-02T00:00:00.000Z',
        sources: [
          {
            ...claimant!.provenance!.sources[0]!,
            relationId: asRelationId('ana-r2'),
            to: 'ana-6' as Relation['to'],
          },
        ],
      },
    };
    await writeChanges(db, [{ kind: 'relation', before: null, after: dateLink }]);
    expect(reconciledOf(await readDocumentRelations(db, pledge))).toEqual(
      expect.arrayContaining([claimant, dateLink]),
    );
    expect(await compactDocumentLayers(db, pledge)).toBe(1);
    expect(reconciledOf(await readDocumentRelations(db, pledge))).toEqual(
      expect.arrayContaining([claimant, dateLink]),
    );
    const row = await db.relationLayers.get(layerKeyOf(pledge, RECONCILED_ANNOTATOR));
    expect(row!.relations.map((tuple) => tuple.length)).toEqual([7, 7]);
  });
});
