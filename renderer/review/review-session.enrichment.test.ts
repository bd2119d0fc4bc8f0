import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../app/model/annotation.ts';
import type { DateValue } from '../../app/model/date-value.ts';
import type { Entity } from '../../app/model/entity.ts';
import {
  asEntityId,
  asLabelId,
  asRelationId,
  type AnnotatorId,
  type DocumentId,
} from '../../app/model/ids.ts';
import { codePoints } from '../../app/model/offsets.ts';
import { CLAIM_DATE, CLAIMANT, type Relation } from '../../app/model/relation.ts';
import { RECONCILED_ANNOTATOR } from '../../app/model/review.ts';
import { quoteSelectorAt } from '../../app/text/quote-selector.ts';
import { readDocumentAnnotations, readDocumentRelations } from '../db/annotation-store.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import { addDocuments } from '../db/document-store.ts';
import { readReview } from '../db/review-store.ts';
import { storeRelation } from '../db/rows.ts';
import {
  ALICE,
  BOB,
  makeAnnotation,
  openTestDatabase,
  randomDocumentId,
} from '../test-support/test-database.ts';
import { ReviewSession } from './review-session.ts';

const CLAIM = asLabelId('claim');
const ACTOR = asLabelId('actor');
const DATE = asLabelId('date');
const TEXT = 'On 5 October 2023 Ilham Aliyev said that the talks in Granada had failed.';
const NOW = new Date('2024-05-09T14:00:00.000Z');
const ENTITIES: Entity[] = [
  { id: asEntityId('aliyev'), name: 'Ilham Aliyev', kind: 'person', aliases: [], wikidata: 'Q193' },
  { id: asEntityId('aliyev-2'), name: 'Ilham Aliyev', kind: 'person', aliases: [] },
];

function span(
  documentId: DocumentId,
  annotator: AnnotatorId,
  quote: string,
  label: typeof CLAIM,
  extra: Partial<Annotation> = {},
): Annotation {
  const start = TEXT.indexOf(quote);
  const end = start + quote.length;
  return {
    ...makeAnnotation({
      documentId,
      annotator,
      label,
      start: codePoints(start),
      end: codePoints(end),
      ...quoteSelectorAt(TEXT, codePoints(start), codePoints(end)),
    }),
    ...extra,
  };
}

function link(from: Annotation, type: typeof CLAIMANT, to: Annotation): Relation {
  return {
    id: asRelationId(`${from.id}-${type}`),
    documentId: from.documentId,
    type,
    from: from.id,
    to: to.id,
    annotator: from.annotator,
    createdAt: from.createdAt,
    updatedAt: from.updatedAt,
  };
}

/** Alice and Bob agree on every span and on Aliyev (by Wikidata id vs name), and differ on the date's value and on the claim's date link. */
async function enrichedDocument(db: MarginaliaDatabase) {
  const id = randomDocumentId();
  await addDocuments(
    db,
    [{ id, title: 'Granada', text: TEXT, format: 'text', sourceName: 'granada.txt' }],
    NOW,
  );
  await db.entities.bulkAdd(ENTITIES);
  const layers = [ALICE.id, BOB.id].map((annotator) => {
    const claim = span(id, annotator, 'the talks in Granada had failed', CLAIM);
    const actor = span(id, annotator, 'Ilham Aliyev', ACTOR, {
      entity: annotator === ALICE.id ? ENTITIES[0]!.id : ENTITIES[1]!.id,
    });
    const date = span(id, annotator, '5 October 2023', DATE, {
      value: (annotator === ALICE.id ? '2023-10-05' : '2023-10') as DateValue,
      valueStatus: 'confirmed',
    });
    const relations = [
      link(claim, CLAIMANT, actor),
      ...(annotator === ALICE.id ? [link(claim, CLAIM_DATE, date)] : []),
    ];
    return { annotator, annotations: [claim, actor, date], relations };
  });
  await db.layers.bulkAdd(
    layers.map(({ annotator, annotations }) => ({
      key: `${id}|${annotator}`,
      documentId: id,
      annotatorId: annotator,
      annotations,
    })),
  );
  await db.relationLayers.bulkAdd(
    layers.map(({ annotator, relations }) => ({
      key: `${id}|${annotator}`,
      documentId: id,
      annotatorId: annotator,
      relations: relations.map(storeRelation),
    })),
  );
  return id;
}

/** What the review knows of its comparisons, in an order independent of how they were computed. */
function comparisonsOf(session: ReviewSession): string[] {
  return session.groups
    .flatMap((group) => session.comparisonsOf(group))
    .map((c) =>
      [
        c.kind,
        c.reconciled.id,
        c.id,
        c.status,
        c.agreed,
        c.carried,
        c.reconciled.entity ?? '',
        c.reconciled.value ?? '',
      ].join(' '),
    )
    .sort();
}

async function openReview(db: MarginaliaDatabase, id: DocumentId): Promise<ReviewSession> {
  return new ReviewSession(
    db,
    id,
    TEXT,
    await readDocumentAnnotations(db, id),
    await readReview(db, id),
    await readDocumentRelations(db, id),
    await db.entities.toArray(),
  );
}

describe('ReviewSession: links, entities and values', () => {
  it('carries what both agree on with the spans, and counts the rest as link and value conflicts', async () => {
    const db = openTestDatabase();
    const id = await enrichedDocument(db);
    const session = await openReview(db, id);
    expect(session.counts()).toEqual({ open: 3, resolved: 0, openByKind: { agreed: 3 } });

    session.acceptAllAgreed(ALICE.id, NOW);
    expect(session.counts()).toEqual({ open: 2, resolved: 3, openByKind: { link: 1, value: 1 } });
    const actor = session.reconciled.find((annotation) => annotation.label === ACTOR)!;
    // One actor by the Wikidata id on one side and the same name on the other: agreed, carried.
    expect(actor).toMatchObject({
      entity: 'aliyev',
      provenance: { entity: { decision: 'unanimous', annotators: [ALICE.id, BOB.id] } },
    });

    // n walks to the link conflict, then the value conflict.
    const first = session.nextOpen(null, 1)!;
    const firstComparison = session.comparison(first.comparison)!;
    const second = session.nextOpen(first, 1)!;
    expect([firstComparison.kind, session.comparison(second.comparison)!.kind].sort()).toEqual([
      'link',
      'value',
    ]);

    const links = session
      .comparisonsOf(first.group)
      .concat(session.comparisonsOf(second.group))
      .find((comparison) => comparison.kind === 'link')!;
    session.decideEnrichment(links, { kind: 'accept', annotators: [ALICE.id] }, BOB.id, NOW);
    const value = session
      .comparisonsOf(session.groups.find((group) => group.members[0]!.label === DATE)!)
      .find((comparison) => comparison.kind === 'value')!;
    session.decideEnrichment(value, { kind: 'accept', annotators: [BOB.id] }, BOB.id, NOW);
    expect(session.counts()).toEqual({ open: 0, resolved: 5, openByKind: {} });

    // One undo takes back the value decision alone.
    session.undo();
    expect(session.counts()).toMatchObject({ open: 1, openByKind: { value: 1 } });
    session.redo();
    await session.whenPersisted();

    // What the database holds: reconciled relations with provenance, the value, and the entries.
    const relations = (await readDocumentRelations(db, id)).filter(
      (relation) => relation.annotator === RECONCILED_ANNOTATOR,
    );
    expect(
      relations.map((relation) => [
        relation.type,
        relation.provenance!.decision,
        relation.provenance!.decidedBy,
      ]),
    ).toEqual(
      expect.arrayContaining([
        [CLAIMANT, 'adjudicated', BOB.id],
        [CLAIM_DATE, 'adjudicated', BOB.id],
      ]),
    );
    expect(relations).toHaveLength(2);
    const date = (await readDocumentAnnotations(db, id)).find(
      (annotation) => annotation.annotator === RECONCILED_ANNOTATOR && annotation.label === DATE,
    )!;
    expect(date).toMatchObject({
      value: '2023-10',
      provenance: { value: { decision: 'adjudicated', decidedBy: BOB.id, annotators: [BOB.id] } },
    });
    const review = (await readReview(db, id))!;
    expect(review.conflicts.map(({ kind, status }) => [kind, status]).sort()).toEqual([
      ['link', 'resolved'],
      ['value', 'resolved'],
    ]);

    // Reopened, the review shows the same state: comparing only what each decision touched
    // came to what comparing everything does.
    const reloaded = await openReview(db, id);
    expect(reloaded.counts()).toEqual({ open: 0, resolved: 5, openByKind: {} });
    expect(comparisonsOf(session)).toEqual(comparisonsOf(reloaded));
    reloaded.dispose();
  });

  it('drops reconciled links with a span decision that removes their endpoint, and undo brings both back', async () => {
    const db = openTestDatabase();
    const id = await enrichedDocument(db);
    const session = await openReview(db, id);
    session.acceptAllAgreed(ALICE.id, NOW);
    const relationsNow = () =>
      session.reconciled
        .flatMap((annotation) =>
          session.reconciledRelationsFrom(annotation.id).map((relation) => relation.type),
        )
        .sort();
    // Their links differ (Bob gave the claim no date): nothing is carried until decided.
    expect(relationsNow()).toEqual([]);
    const claimGroup = session.groups.find((group) => group.members[0]!.label === CLAIM)!;
    session.decideEnrichment(
      session.comparisonsOf(claimGroup).find((comparison) => comparison.kind === 'link')!,
      { kind: 'accept', annotators: [ALICE.id] },
      ALICE.id,
      NOW,
    );
    expect(relationsNow()).toEqual([CLAIMANT, CLAIM_DATE]);
    const actorGroup = session.groups.find((group) => group.members[0]!.label === ACTOR)!;
    session.reject(actorGroup, ALICE.id, NOW);
    expect(relationsNow()).toEqual([CLAIM_DATE]);
    await session.whenPersisted();
    const fresh = await openReview(db, id);
    expect(comparisonsOf(session)).toEqual(comparisonsOf(fresh));
    fresh.dispose();
    session.undo();
    expect(relationsNow()).toEqual([CLAIMANT, CLAIM_DATE]);
  });
});
