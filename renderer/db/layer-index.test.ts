import { describe, expect, it } from 'vitest';
import { asAnnotatorId } from '../../app/model/ids.ts';
import {
  ALICE,
  makeAnnotation,
  openTestDatabase,
  randomDocumentId,
} from '../test-support/test-database.ts';
import { readLayerIndex } from './layer-index.ts';
import { layerKeyOf } from './rows.ts';

// Annotator ids are opaque: one imported from a team's export may hold the key's separator.
const TEAM_ALICE = asAnnotatorId('team|alice');

describe('readLayerIndex', () => {
  it('lists each document’s annotators, from snapshots and from edits alike', async () => {
    const db = openTestDatabase();
    const granada = randomDocumentId();
    const brussels = randomDocumentId();
    await db.layers.bulkAdd([
      {
        key: layerKeyOf(granada, ALICE.id),
        documentId: granada,
        annotatorId: ALICE.id,
        annotations: [],
      },
      {
        key: layerKeyOf(granada, TEAM_ALICE),
        documentId: granada,
        annotatorId: TEAM_ALICE,
        annotations: [],
      },
    ]);
    // A first annotation not compacted yet: the layer exists only as a journal row.
    const annotation = makeAnnotation({ documentId: brussels, annotator: TEAM_ALICE });
    await db.edits.add({
      layerKey: layerKeyOf(brussels, TEAM_ALICE),
      documentId: brussels,
      op: 'put',
      annotation,
    });

    const index = await readLayerIndex(db);
    expect(new Map([...index].map(([id, annotators]) => [id, [...annotators].sort()]))).toEqual(
      new Map([
        [granada, [ALICE.id, TEAM_ALICE].sort()],
        [brussels, [TEAM_ALICE]],
      ]),
    );
  });
});
