// A small library for the entity tests: one report with three actor mentions, two of Pompeo
// (Alice's "Pompeo" linked to a duplicate entity, Bob's "Secretary Pompeo" in his journal) and
// one of Aliyev; the entity list holds Pompeo, his duplicate and Aliyev. Written straight to a
// real IndexedDB database, as an import would leave it.

import { ALIYEV, POMPEO } from '../../app/entities/corpus-entities.ts';
import type { Annotation } from '../../app/model/annotation.ts';
import type { Entity } from '../../app/model/entity.ts';
import { asEntityId, type DocumentId } from '../../app/model/ids.ts';
import { ACTOR } from '../../app/model/labels.ts';
import { codePoints } from '../../app/model/offsets.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import { addDocuments } from '../db/document-store.ts';
import { layerKeyOf } from '../db/rows.ts';
import { ALICE, BOB, makeAnnotation, randomDocumentId } from '../test-support/test-database.ts';

export const TEXT = 'Pompeo met Aliyev. Secretary Pompeo said talks would continue.';

/** A second entity for Pompeo, as a hasty analyst makes one. */
export const POMPEO_DUPLICATE: Entity = {
  id: asEntityId('pompeo-duplicate'),
  name: 'Secretary Pompeo',
  kind: 'other',
  aliases: ['Mike R. Pompeo'],
  note: 'US Secretary of State',
};

/** Mike Pompeo without "Secretary Pompeo" among his aliases, so a merge has something to add. */
export const POMPEO_ENTITY: Entity = { ...POMPEO, aliases: ['Pompeo'] };

function mention(documentId: DocumentId, quote: string, fields: Partial<Annotation>): Annotation {
  const start = TEXT.indexOf(quote);
  return makeAnnotation({
    documentId,
    label: ACTOR,
    quote,
    start: codePoints(start),
    end: codePoints(start + quote.length),
    ...fields,
  });
}

export async function writeEntityLibrary(db: MarginaliaDatabase) {
  const documentId = randomDocumentId();
  await addDocuments(db, [
    { id: documentId, title: 'Talks report', text: TEXT, format: 'text', sourceName: 'r.txt' },
  ]);
  await db.annotators.bulkPut([ALICE, BOB]);
  const alicesPompeo = mention(documentId, 'Pompeo', { entity: POMPEO_DUPLICATE.id });
  const alicesAliyev = mention(documentId, 'Aliyev', { entity: ALIYEV.id });
  const bobsPompeo = mention(documentId, 'Secretary Pompeo', {
    annotator: BOB.id,
    entity: POMPEO_DUPLICATE.id,
  });
  await db.layers.put({
    key: layerKeyOf(documentId, ALICE.id),
    documentId,
    annotatorId: ALICE.id,
    annotations: [alicesPompeo, alicesAliyev],
  });
  // Bob's mention only in the journal: reads must fold it in.
  await db.edits.add({
    layerKey: layerKeyOf(documentId, BOB.id),
    documentId,
    op: 'put',
    annotation: bobsPompeo,
  });
  await db.entities.bulkPut([POMPEO_ENTITY, POMPEO_DUPLICATE, ALIYEV]);
  return { documentId, alicesPompeo, alicesAliyev, bobsPompeo };
}
