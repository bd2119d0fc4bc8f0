// Fixes offered by the Checks screen, committed through the change model to a real IndexedDB
// and read back the way the screen reads the library: each fix settles its finding, and one undo
// takes it back whole.

import { describe, expect, it } from 'vitest';
import { newAnnotation } from '../../app/model/new-annotation.ts';
import { checkLayers, type Finding, type FindingKind } from '../../app/checks/index.ts';
import type { Annotation, SourceDocument } from '../../app/model/annotation.ts';
import type { DateValue } from '../../app/model/date-value.ts';
import { asAnnotationId, asEntityId, asLabelId, asRelationId } from '../../app/model/ids.ts';
import { utf16 } from '../../app/model/offsets.ts';
import { CLAIMANT } from '../../app/model/relation.ts';
import { CodePointIndex } from '../../app/text/code-points.ts';
import { documentIdOf } from '../../app/text/document-id.ts';
import { normaliseText } from '../../app/text/normalise.ts';
import { quoteSelectorAt } from '../../app/text/quote-selector.ts';
import { ChangeHub } from '../changes/change-hub.ts';
import { addDocuments } from '../db/document-store.ts';
import { readLibraryModel } from '../shell/export-dataset.ts';
import { KORYBKO_EXCERPT, POMPEO_EXCERPT } from '../test-support/corpus-excerpts.ts';
import { ALICE, openTestDatabase } from '../test-support/test-database.ts';
import { fixChanges } from './fix-changes.ts';

const SCOPE = 'checks';

function documentOf(title: string, raw: string): SourceDocument {
  const text = normaliseText(raw);
  return { id: documentIdOf(text), title, text };
}
const pompeo = documentOf('Pompeo', POMPEO_EXCERPT);
const korybko = documentOf('Korybko', KORYBKO_EXCERPT);

/** A library of both excerpts, tagged through the change model. */
async function library() {
  const db = openTestDatabase();
  const hub = new ChangeHub(db);
  await addDocuments(
    db,
    [pompeo, korybko].map((document) => ({
      ...document,
      format: 'text' as const,
      sourceName: `${document.title}.txt`,
    })),
  );
  let next = 1;
  /** Tags the `occurrence`-th `quote` of a document as Alice. */
  const tag = (
    document: SourceDocument,
    quote: string,
    label: string,
    occurrence = 0,
    extra: Partial<Annotation> = {},
  ) => {
    let at = -1;
    for (let i = 0; i <= occurrence; i++) at = document.text.indexOf(quote, at + 1);
    const index = new CodePointIndex(document.text);
    const range = {
      start: index.toCodePoint(utf16(at)),
      end: index.toCodePoint(utf16(at + quote.length)),
    };
    const annotation = {
      ...newAnnotation(document, {
        id: asAnnotationId(`a${next++}`),
        label: asLabelId(label),
        range,
        annotator: ALICE.id,
        now: new Date(),
      }),
      ...extra,
    };
    hub.commit(document.id, 'Tag', [{ before: null, after: annotation }]);
    return annotation;
  };
  const findings = async (kind: FindingKind): Promise<Finding[]> => {
    await hub.whenPersisted();
    const model = await readLibraryModel(db);
    return checkLayers(model, { annotators: [ALICE.id] }).filter(
      (finding) => finding.kind === kind,
    );
  };
  /** Applies a finding's fix as the screen does, in one step of the checks scope. */
  const fix = async (finding: Finding) => {
    const changes = fixChanges(finding, await readLibraryModel(db), ALICE.id);
    hub.commit(SCOPE, 'Fix', changes);
    await hub.whenPersisted();
    return changes;
  };
  return { db, hub, tag, findings, fix };
}

describe('fixChanges', () => {
  it('tags a missed occurrence as the analyst, quoting the text with its context', async () => {
    const { db, tag, findings, fix } = await library();
    tag(pompeo, 'Mike Pompeo', 'actor');
    const [missed, ...rest] = await findings('missed-occurrence');
    expect(rest).toEqual([]);
    await fix(missed!);
    expect(await findings('missed-occurrence')).toEqual([]);
    const model = await readLibraryModel(db);
    const added = model.annotations.find(
      (annotation) => annotation.start === missed!.locations[0]!.start,
    )!;
    expect(added).toMatchObject({
      label: 'actor',
      annotator: ALICE.id,
      documentId: pompeo.id,
      ...quoteSelectorAt(
        pompeo.text,
        missed!.locations[0]!.start,
        missed!.locations[0]!.end,
        new CodePointIndex(pompeo.text),
      ),
    });
    expect(added.quote).toBe('Mike Pompeo');
  });

  it('relabels the odd one out with the relations its new label cannot keep, undone in one step', async () => {
    const { db, hub, tag, findings, fix } = await library();
    tag(pompeo, 'Azerbaijan', 'actor');
    tag(pompeo, 'Azerbaijan', 'actor', 1);
    const odd = tag(korybko, 'Azerbaijan', 'claim');
    const sabah = tag(korybko, 'Yeni Sabah', 'actor');
    hub.commit(korybko.id, 'Link', [
      {
        kind: 'relation',
        before: null,
        after: {
          id: asRelationId('r1'),
          documentId: korybko.id,
          type: CLAIMANT,
          from: odd.id,
          to: sabah.id,
          annotator: ALICE.id,
          createdAt: '',
          updatedAt: '',
        },
      },
    ]);
    const [mismatch] = await findings('label-mismatch');
    expect(mismatch!.fix).toEqual({ kind: 'relabel', label: 'actor', annotationIds: [odd.id] });
    await fix(mismatch!);
    expect(await findings('label-mismatch')).toEqual([]);
    let model = await readLibraryModel(db);
    expect(model.annotations.find((annotation) => annotation.id === odd.id)!.label).toBe('actor');
    expect(model.relations ?? []).toEqual([]);

    hub.undo(SCOPE);
    await hub.whenPersisted();
    model = await readLibraryModel(db);
    expect(model.annotations.find((annotation) => annotation.id === odd.id)!.label).toBe('claim');
    expect(model.relations?.map((relation) => relation.id)).toEqual(['r1']);
  });

  it('links unlinked mentions to the entity the others link to, and confirms a suggested value', async () => {
    const { db, tag, findings, fix } = await library();
    tag(pompeo, 'Mike Pompeo', 'actor', 0, { entity: asEntityId('pompeo') });
    const loose = tag(pompeo, 'Mike Pompeo', 'actor', 1);
    const friday = tag(pompeo, 'this Friday', 'date', 0, {
      value: '2020-10-02' as DateValue,
      valueStatus: 'suggested',
    });
    const [unlinked] = await findings('unlinked-mention');
    await fix(unlinked!);
    const [unconfirmed] = await findings('date-value-unconfirmed');
    await fix(unconfirmed!);
    expect(await findings('unlinked-mention')).toEqual([]);
    expect(await findings('date-value-unconfirmed')).toEqual([]);
    const model = await readLibraryModel(db);
    const byId = new Map(model.annotations.map((annotation) => [annotation.id, annotation]));
    expect(byId.get(loose.id)!.entity).toBe('pompeo');
    expect(byId.get(friday.id)).toMatchObject({ value: '2020-10-02', valueStatus: 'confirmed' });
  });
});
