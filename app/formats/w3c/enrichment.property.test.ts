// The W3C export carries the enrichment whole: for any library, relations (as linking
// annotations), entity links, date values with their status, the entity list and publication
// dates come back from the file exactly as they were.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { library } from '../export-arbitrary.ts';

/** Libraries with at least one relation: the relations are what this property is about. */
const linkedLibrary = library.filter((model) => (model.relations ?? []).length > 0);
import { decodeW3c } from './decode.ts';
import { encodeW3cCollection, serialiseW3cCollection } from './encode.ts';

const byId = (a: { id?: string }, b: { id?: string }) => (a.id! < b.id! ? -1 : 1);

describe('W3C export, read back', () => {
  it('gives back relations, entity links, values, entities and publication dates', () => {
    fc.assert(
      fc.property(linkedLibrary, fc.integer({ min: 1, max: 5 }), (model, pageSize) => {
        const text = serialiseW3cCollection(
          encodeW3cCollection(model, { exportedAt: new Date('2024-06-01T08:00:00Z'), pageSize }),
        );
        const result = decodeW3c(JSON.parse(text));
        if (!result.ok) throw new Error(JSON.stringify(result.error, null, 2));
        const bundle = result.value;
        expect(bundle.warnings).toEqual([]);
        expect(bundle.documents.map((d) => d.publishedAt)).toEqual(
          model.documents.map((d) => d.publishedAt),
        );
        const relations = (bundle.relations ?? []).map(({ source: _s, document, ...rest }) => ({
          ...rest,
          documentId: bundle.documents[document]!.id,
        }));
        expect(relations.sort(byId)).toEqual([...(model.relations ?? [])].sort(byId));
        const enrichment = (
          list: { id?: string; entity?: string; value?: string; valueStatus?: string }[],
        ) =>
          list
            .map(({ id, entity, value, valueStatus }) => ({ id, entity, value, valueStatus }))
            .sort(byId);
        expect(enrichment(bundle.annotations)).toEqual(enrichment(model.annotations));
        expect(bundle.entities ?? []).toEqual(model.entities ?? []);
      }),
      { numRuns: 60 },
    );
  });
});
