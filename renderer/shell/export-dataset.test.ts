import { describe, expect, it } from 'vitest';
import { parseDataset, serialiseDataset } from '../../app/formats/dataset/index.ts';
import type { Annotator } from '../../app/model/annotation.ts';
import { asLabelId, type DocumentId } from '../../app/model/ids.ts';
import { BUILT_IN_LABELS } from '../../app/model/labels.ts';
import { codePoints } from '../../app/model/offsets.ts';
import { documentIdOf } from '../../app/text/document-id.ts';
import { APP_VERSION } from '../../app/version.ts';
import { compactDocumentLayers, readDocumentAnnotations } from '../db/annotation-store.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import { readDocumentText } from '../db/document-store.ts';
import { saveCurrentAnnotatorName } from '../db/settings-store.ts';
import { DocumentSession } from '../document/document-session.ts';
import {
  codePointRangeOf,
  KORYBKO_EXCERPT,
  POMPEO_EXCERPT,
  savedOnWindows,
  utf8Bytes,
} from '../test-support/corpus-excerpts.ts';
import { BOB, openTestDatabase } from '../test-support/test-database.ts';
import { buildLibraryDataset } from './export-dataset.ts';
import { importPickedFiles } from './import-documents.ts';

const CLAIM = asLabelId('claim');
const ACTOR = asLabelId('actor');
const DATE = asLabelId('date');
const TAGGED_AT = new Date('2024-03-01T09:00:00.000Z');
const EXPORTED_AT = new Date('2024-03-04T17:45:00.000Z');

async function openSession(
  db: MarginaliaDatabase,
  documentId: DocumentId,
): Promise<DocumentSession> {
  const text = (await readDocumentText(db, documentId))!;
  return new DocumentSession(db, documentId, text, await readDocumentAnnotations(db, documentId));
}

function tag(session: DocumentSession, label: typeof CLAIM, needle: string, annotator: Annotator) {
  const { start, end } = codePointRangeOf(session.text, needle);
  return session.create(
    label,
    { start: codePoints(start), end: codePoints(end) },
    annotator,
    TAGGED_AT,
  );
}

/**
 * Two corpus articles imported from real bytes (one saved on Windows), tagged by two
 * annotators through the session; one document compacted, the other still a journal.
 */
async function annotatedLibrary(db: MarginaliaDatabase) {
  const report = await importPickedFiles(db, {
    files: [
      { name: 'korybko-us-hosted-talks.txt', bytes: utf8Bytes(KORYBKO_EXCERPT) },
      { name: 'pompeo-ceasefire.txt', bytes: utf8Bytes(savedOnWindows(POMPEO_EXCERPT)) },
    ],
    refused: [],
  });
  expect(report.added).toHaveLength(2);
  const [korybkoId, pompeoId] = report.added.map((row) => row.id) as [DocumentId, DocumentId];
  const alice = await saveCurrentAnnotatorName(db, 'Alice');
  await db.annotators.put(BOB);

  const korybko = await openSession(db, korybkoId);
  tag(korybko, ACTOR, 'Andrew Korybko', alice);
  tag(korybko, CLAIM, '“ABŞ Ermənistanı yola gətirir: Rusiya masadan qovulur?”', alice);
  const muslumov = tag(korybko, ACTOR, 'Rafi Muslumov', BOB);
  tag(korybko, DATE, '2,5 years', BOB);
  const mistaken = tag(korybko, DATE, 'Minsk', alice);
  korybko.remove(mistaken.id);
  korybko.update(muslumov.id, { note: 'journalist, Yeni Sabah' });
  await korybko.whenPersisted();
  await compactDocumentLayers(db, korybkoId);

  const pompeo = await openSession(db, pompeoId);
  tag(pompeo, ACTOR, 'Mike Pompeo', alice);
  // The span ends with the no-break space after the full stop.
  tag(pompeo, CLAIM, 'currently experiencing intense conflicts.\u00a0', alice);
  const quote = tag(
    pompeo,
    ACTOR,
    '“Both must implement a ceasefire and return to substantive negotiations.”',
    BOB,
  );
  pompeo.update(quote.id, { label: CLAIM });
  await pompeo.whenPersisted();

  return { alice, korybko, pompeo };
}

describe('buildLibraryDataset', () => {
  it('exports a dataset that parses without issues', async () => {
    const db = openTestDatabase();
    await annotatedLibrary(db);
    const dataset = await buildLibraryDataset(db, EXPORTED_AT);
    const parsed = parseDataset(serialiseDataset(dataset));
    if (!parsed.ok) expect(parsed.error).toEqual([]);
    expect(parsed).toEqual({ ok: true, value: dataset });
    expect(dataset).toMatchObject({
      format: 'marginalia-dataset',
      version: 1,
      exportedAt: EXPORTED_AT.toISOString(),
      generator: { name: 'Marginalia', version: APP_VERSION },
    });
  });

  it('quotes exactly the text at each annotation’s code-point offsets', async () => {
    const db = openTestDatabase();
    await annotatedLibrary(db);
    const dataset = await buildLibraryDataset(db, EXPORTED_AT);
    const quotes = dataset.documents.flatMap((document) => {
      const characters = [...document.text];
      return document.annotations.map((annotation) => {
        expect(annotation.quote).toBe(characters.slice(annotation.start, annotation.end).join(''));
        return annotation.quote;
      });
    });
    expect(quotes).toHaveLength(7);
    expect(quotes).toContain('“ABŞ Ermənistanı yola gətirir: Rusiya masadan qovulur?”');
    expect(quotes).toContain('currently experiencing intense conflicts.\u00a0');
  });

  it('holds every document with its normalised text and every current annotation, and nothing deleted', async () => {
    const db = openTestDatabase();
    const { korybko, pompeo } = await annotatedLibrary(db);
    const dataset = await buildLibraryDataset(db, EXPORTED_AT);

    // Ordered by title: "The US-hosted …" before "Through Secretary …".
    expect(dataset.documents.map((document) => document.id)).toEqual([
      korybko.documentId,
      pompeo.documentId,
    ]);
    for (const [document, session] of [
      [dataset.documents[0]!, korybko],
      [dataset.documents[1]!, pompeo],
    ] as const) {
      expect(document.text).toBe(session.text);
      expect(document.id).toBe(documentIdOf(document.text));
      expect(document.text).not.toContain('\r');
      expect(document.annotations).toEqual(
        [...session.sorted()].map(
          ({
            id,
            label,
            start,
            end,
            quote,
            prefix,
            suffix,
            note,
            annotator,
            createdAt,
            updatedAt,
          }) => ({
            id,
            label,
            start,
            end,
            quote,
            prefix,
            suffix,
            note,
            annotator,
            createdAt,
            updatedAt,
          }),
        ),
      );
    }
    expect(dataset.documents[0]!.annotations.map((annotation) => annotation.quote)).not.toContain(
      'Minsk',
    );
    expect(
      dataset.documents[0]!.annotations.find((annotation) => annotation.quote === 'Rafi Muslumov')!
        .note,
    ).toBe('journalist, Yeni Sabah');
    // Bob's quote was tagged as an actor, then relabelled as a claim.
    expect(
      dataset.documents[1]!.annotations.map((annotation) => [
        annotation.quote.slice(0, 11),
        annotation.label,
      ]),
    ).toEqual([
      ['Mike Pompeo', ACTOR],
      ['currently e', CLAIM],
      ['“Both must ', CLAIM],
    ]);
  });

  it('lists the annotators by name and the built-in labels', async () => {
    const db = openTestDatabase();
    const { alice } = await annotatedLibrary(db);
    const dataset = await buildLibraryDataset(db, EXPORTED_AT);
    expect([...dataset.annotators].sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { id: alice.id, name: 'Alice' },
      { id: BOB.id, name: 'Bob' },
    ]);
    expect(dataset.labels).toEqual(
      BUILT_IN_LABELS.map(({ id, name, color, shortcut }) => ({ id, name, color, shortcut })),
    );
    const used = new Set(
      dataset.documents.flatMap((document) =>
        document.annotations.map((annotation) => annotation.annotator),
      ),
    );
    expect([...used].sort()).toEqual([alice.id, BOB.id].sort());
  });

  it('exports an empty library as a valid dataset', async () => {
    const dataset = await buildLibraryDataset(openTestDatabase(), EXPORTED_AT);
    expect(dataset.documents).toEqual([]);
    expect(parseDataset(serialiseDataset(dataset)).ok).toBe(true);
  });
});
