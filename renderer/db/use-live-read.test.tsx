// A read kept true to the database whoever writes: the change hub, or an import writing past it.

import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { documentIdOf } from '../../app/text/document-id.ts';
import { changeHubOf } from '../changes/hub-of.ts';
import { renderWithServices } from '../test-support/render-with-services.tsx';
import { ALICE, makeAnnotation, openTestDatabase } from '../test-support/test-database.ts';
import type { MarginaliaDatabase } from './database.ts';
import { addDocuments } from './document-store.ts';
import { readDocumentAnnotations } from './annotation-store.ts';
import { layerKeyOf } from './rows.ts';
import { useLiveRead } from './use-live-read.ts';

const TEXT = 'Azerbaijan and Armenia agreed to a ceasefire on 10 October 2020.';

async function countAnnotations(db: MarginaliaDatabase): Promise<string> {
  const documents = await db.documents.toArray();
  const counts = await Promise.all(documents.map((row) => readDocumentAnnotations(db, row.id)));
  return `${documents.length} documents, ${counts.flat().length} annotations`;
}

function Counts({ db }: { db: MarginaliaDatabase }) {
  const counts = useLiveRead(db, ['documents', 'layers', 'edits'], countAnnotations);
  return <p data-testid="counts">{counts ?? 'reading'}</p>;
}

describe('useLiveRead', () => {
  it('reads again after an edit through the hub and after a write past it (an import)', async () => {
    const db = openTestDatabase();
    const id = documentIdOf(TEXT);
    await addDocuments(db, [
      { id, title: 'Ceasefire', sourceName: 'c.txt', format: 'text', text: TEXT },
    ]);
    renderWithServices(db, <Counts db={db} />);
    const counts = page.getByTestId('counts');
    await expect.element(counts).toHaveTextContent('1 documents, 0 annotations');

    changeHubOf(db).commit(id, 'Tag', [
      { before: null, after: makeAnnotation({ documentId: id, annotator: ALICE.id }) },
    ]);
    await expect.element(counts).toHaveTextContent('1 documents, 1 annotations');

    // An import writes its layers in one transaction of its own, past the hub's listeners.
    const imported = [
      makeAnnotation({ documentId: id, annotator: ALICE.id }),
      makeAnnotation({ documentId: id, annotator: ALICE.id }),
    ];
    const key = layerKeyOf(id, 'annotator-bob' as never);
    await db.layers.put({
      key,
      documentId: id,
      annotatorId: 'annotator-bob' as never,
      annotations: imported,
    });
    await expect.element(counts).toHaveTextContent('1 documents, 3 annotations');
  });
});
