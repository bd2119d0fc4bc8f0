// Importing a colleague's dataset with relations, entity links, date values and publication
// dates (issue 8): everything comes into their layer, their entities are matched to the
// library's by the one rule, offered matches wait for the analyst, and a relation whose
// endpoint could not be placed is left out with a warning, never added dangling.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../model/entity.ts';
import { asEntityId, type EntityId } from '../model/ids.ts';
import { decodeDatasetFile } from './dataset-to-bundle.ts';
import { planImport } from './plan.ts';
import { library, options } from './plan-test-support.ts';
import type { ImportBundle } from './bundle.ts';

const enriched = readFileSync(
  new URL('../formats/dataset/fixtures/valid-enriched.json', import.meta.url),
  'utf8',
);

/** The dataset as JSON, for tests that break it on purpose. */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function colleaguesBundle(edit: (dataset: Json) => void = () => {}): ImportBundle {
  const dataset = JSON.parse(enriched);
  edit(dataset);
  const decoded = decodeDatasetFile(JSON.stringify(dataset));
  if (!decoded.ok) throw new Error(JSON.stringify(decoded.error));
  return decoded.value;
}

const entity = (id: string, name: string, extra: Partial<Entity> = {}): Entity => ({
  id: asEntityId(id),
  name,
  kind: 'person',
  aliases: [],
  ...extra,
});

describe('planImport of a dataset with relations, entities and values', () => {
  it('adds relations, entities, links, values and publication dates into an empty library', () => {
    const plan = planImport(colleaguesBundle(), library(), options);
    expect(plan.issues).toEqual([]);
    expect(plan.documentsToAdd.map((d) => d.publishedAt)).toEqual(['2024-05-04', undefined]);
    expect(plan.relationsToAdd.map((r) => [r.id, r.type, r.from, r.to, r.annotator])).toEqual([
      ['rel-1', 'claimant', 'ann-3', 'ann-6', 'ana'],
      ['rel-2', 'date', 'ann-3', 'ann-1', 'ana'],
      ['rel-3', 'claimant', 'ann-7', 'ann-2', 'ben'],
      ['rel-4', 'date', 'ann-7', 'ann-8', 'ben'],
    ]);
    expect(plan.relationsToAdd[0]!.documentId).toBe(plan.documentsToAdd[0]!.id);
    expect(plan.entitiesToAdd.map((e) => e.id)).toEqual([
      'ent-armenia',
      'ent-bayramov',
      'ent-commission',
    ]);
    const byId = new Map(plan.annotationsToAdd.map((a) => [a.id as string, a]));
    expect(byId.get('ann-2')!.entity).toBe('ent-bayramov');
    expect(byId.get('ann-8')).toMatchObject({ value: '2024-05-03', valueStatus: 'suggested' });
    expect(plan.summary[0]).toBe(
      'Will add 2 documents, 8 annotations, 2 annotators, 4 relations and 3 entities.',
    );
    expect(plan.summary).toContain('  3 new');
  });

  it("links to the library's entity when one matches, keeping the library's record as it is", () => {
    const bayramov = entity('lib-bayramov', 'Jeyhun Bayramov', { aliases: ['J. Bayramov'] });
    const armenia = entity('lib-armenia', 'Republic of Armenia', {
      kind: 'state',
      wikidata: 'Q399',
    });
    const plan = planImport(
      colleaguesBundle(),
      { ...library(), entities: [bayramov, armenia] },
      options,
    );
    expect(plan.entitiesToAdd.map((e) => e.id)).toEqual(['ent-commission']);
    expect(plan.entityMatches.map((m) => m.match)).toEqual([
      { how: 'wikidata', entityId: 'lib-armenia' },
      { how: 'name', entityId: 'lib-bayramov' },
      null,
    ]);
    const byId = new Map(plan.annotationsToAdd.map((a) => [a.id as string, a]));
    expect(byId.get('ann-2')!.entity).toBe('lib-bayramov');
    expect(byId.get('ann-6')!.entity).toBe('lib-bayramov');
    expect(plan.summary).toContain(
      "  2 entities matched the library's (1 by name, 1 by Wikidata id)",
    );
    // The file's aliases are listed, not written into the library's entity.
    expect(plan.summary).toContain('  “Jeyhun Bayramov”: “Bayramov”, “Minister Bayramov”');
    expect(bayramov.aliases).toEqual(['J. Bayramov']);
  });

  it('offers a match that differs in accents, and follows the analyst’s answer', () => {
    const cemil = entity('lib-bayramov', 'Jeyhun Bayramov');
    const accented = (dataset: Json) => {
      dataset.entities[1].name = 'Ceyhun Bayramov';
    };
    const withoutChoice = planImport(
      colleaguesBundle(accented),
      { ...library(), entities: [entity('lib-x', 'Çeyhun Bayramov')] },
      options,
    );
    const offer = withoutChoice.entityMatches[1]!;
    expect(offer.match).toBeNull();
    expect(offer.offered).toEqual([{ entityId: 'lib-x', name: 'Çeyhun Bayramov', why: 'accents' }]);
    // Unanswered, it is new (nothing is merged on a guess) and the summary asks.
    expect(withoutChoice.entitiesToAdd.map((e) => e.id)).toContain('ent-bayramov');
    expect(withoutChoice.summary.some((line) => line.includes('possible match to confirm'))).toBe(
      true,
    );

    const choices = new Map<EntityId, EntityId | 'new'>([
      [asEntityId('ent-bayramov'), asEntityId('lib-x')],
    ]);
    const confirmed = planImport(
      colleaguesBundle(accented),
      { ...library(), entities: [entity('lib-x', 'Çeyhun Bayramov'), cemil] },
      { ...options, entityChoices: choices },
    );
    expect(confirmed.entitiesToAdd.map((e) => e.id)).not.toContain('ent-bayramov');
    const ann2 = confirmed.annotationsToAdd.find((a) => a.id === 'ann-2')!;
    expect(ann2.entity).toBe('lib-x');
    expect(confirmed.summary).toContain(
      '  1 confirmed by you: “Ceyhun Bayramov” is “Çeyhun Bayramov”',
    );
    expect(confirmed.summary.some((line) => line.includes('possible match to confirm'))).toBe(
      false,
    );

    const keptApart = planImport(
      colleaguesBundle(accented),
      { ...library(), entities: [entity('lib-x', 'Çeyhun Bayramov')] },
      { ...options, entityChoices: new Map([[asEntityId('ent-bayramov'), 'new' as const]]) },
    );
    expect(keptApart.entitiesToAdd.map((e) => e.id)).toContain('ent-bayramov');
    expect(keptApart.summary.some((line) => line.includes('possible match'))).toBe(false);
  });

  it('leaves out, with a warning naming it, a relation whose endpoint is an orphan', () => {
    // Ben's date annotation quotes text the document does not have: it cannot be placed.
    const plan = planImport(
      colleaguesBundle((dataset) => {
        const date = dataset.documents[0].annotations.find((a: Json) => a.id === 'ann-8');
        Object.assign(date, { quote: 'Xq9 Zzjune 2031', prefix: '', suffix: '' });
      }),
      library(),
      options,
    );
    expect(plan.issues).toEqual([]);
    expect(plan.orphans.map((o) => [o.id, o.value])).toEqual([['ann-8', '2024-05-03']]);
    expect(plan.relationsToAdd.map((r) => r.id)).toEqual(['rel-1', 'rel-2', 'rel-3']);
    expect(plan.warnings).toEqual([
      '/documents/0/relations/3: the Claim date relation "rel-4" from "ann-7" to "ann-8" not added: annotation "ann-8" could not be placed (kept as an orphan)',
    ]);
  });

  it('counts a relation the library already has, and links to annotations it already has', () => {
    const plan = planImport(
      colleaguesBundle(),
      {
        ...library(
          [],
          [
            // ann-6 is in the library already (same layer and label as in the file).
            ['ann-6', undefined],
          ],
        ),
        relationIds: new Set(['rel-3']),
      },
      options,
    );
    expect(plan.alreadyPresent).toMatchObject({ annotations: 1, relations: 1 });
    expect(plan.relationsToAdd.map((r) => r.id)).toEqual(['rel-1', 'rel-2', 'rel-4']);
    expect(plan.summary).toContain(
      'Already in the library, so skipped (same ids): 1 annotation and 1 relation.',
    );
  });

  it('refuses a relation across layers from a decoder that does not check it', () => {
    const bundle = colleaguesBundle();
    bundle.relations![0]!.to = bundle.annotations.find((a) => a.id === 'ann-2')!.id!;
    const plan = planImport(bundle, library(), options);
    expect(plan.issues).toEqual([
      {
        path: '/documents/0/relations/0',
        message: `to: expected an annotation of "ana" (the relation's layer), found one of "ben"`,
      },
    ]);
  });

  it('refuses a malformed value or an entity on a claim from such a decoder', () => {
    const bundle = colleaguesBundle();
    const claim = bundle.annotations.find((a) => a.id === 'ann-3')!;
    claim.entity = asEntityId('ent-armenia');
    const date = bundle.annotations.find((a) => a.id === 'ann-1')!;
    date.value = '2024-02-30' as never;
    const messages = planImport(bundle, library(), options).issues.map((i) => i.message);
    expect(messages).toEqual([
      expect.stringMatching(/^value: 2024-02-30 is not a day of the calendar/),
      'entity: expected none on an annotation labelled "claim" (only actor annotations link to entities), found "ent-armenia"',
    ]);
  });
});
