// JSONL carries what a training example needs of the enrichment: for any library, each distinct
// span (document, offsets, label) comes back with an entity and a value that one of its
// annotations had, and each relation comes back between the same two spans. Annotation ids and
// layers are not in the format, so spans and relations are compared by where they are.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BundleAnnotation } from '../../import/bundle.ts';
import type { Annotation } from '../../model/annotation.ts';
import { library } from '../export-arbitrary.ts';
import { decodeJsonl } from './decode.ts';
import { encodeJsonl } from './encode.ts';

/** Libraries with at least one relation: the relations are what this property is about. */
const linkedLibrary = library.filter((model) => (model.relations ?? []).length > 0);

const place = (
  documentId: string,
  { start, end, label }: { start?: number; end?: number; label: string },
) => JSON.stringify([documentId, start, end, label]);
const distinct = (keys: string[]) => [...new Set(keys)].sort();

describe('JSONL export, read back', () => {
  it('gives back each span with an entity and value of its annotations, and the relations between spans', () => {
    fc.assert(
      fc.property(linkedLibrary, (model) => {
        const result = decodeJsonl(encodeJsonl(model));
        if (!result.ok) throw new Error(JSON.stringify(result.error, null, 2));
        const bundle = result.value;
        expect(bundle.warnings).toEqual([]);
        const documentOf = (a: BundleAnnotation) => bundle.documents[a.document]!.id!;
        const groups = new Map<string, Annotation[]>();
        for (const a of model.annotations)
          groups.set(place(a.documentId, a), [...(groups.get(place(a.documentId, a)) ?? []), a]);

        expect(distinct(bundle.annotations.map((a) => place(documentOf(a), a)))).toEqual(
          distinct([...groups.keys()]),
        );
        for (const span of bundle.annotations) {
          const group = groups.get(place(documentOf(span), span))!;
          const entities = group.flatMap((a) => (a.entity === undefined ? [] : [a.entity]));
          if (entities.length === 0) expect(span.entity).toBeUndefined();
          else expect(entities).toContain(span.entity);
          const values = group.flatMap((a) =>
            a.value === undefined ? [] : [[a.value, a.valueStatus]],
          );
          if (values.length === 0) expect(span.value).toBeUndefined();
          else expect(values).toContainEqual([span.value, span.valueStatus]);
        }

        const original = new Map(model.annotations.map((a) => [`${a.documentId}|${a.id}`, a]));
        const expected = (model.relations ?? []).map((r) =>
          JSON.stringify([
            place(r.documentId, original.get(`${r.documentId}|${r.from}`)!),
            place(r.documentId, original.get(`${r.documentId}|${r.to}`)!),
            r.type,
          ]),
        );
        const byId = new Map(bundle.annotations.filter((a) => a.id).map((a) => [a.id!, a]));
        const actual = (bundle.relations ?? []).map((r) => {
          const [from, to] = [byId.get(r.from)!, byId.get(r.to)!];
          return JSON.stringify([place(documentOf(from), from), place(documentOf(to), to), r.type]);
        });
        // Agreeing layers' relations between the same spans are one relation: compared as sets.
        expect(distinct(actual)).toEqual(distinct(expected));
        expect(actual).toHaveLength(distinct(actual).length);

        const listed = new Map((model.entities ?? []).map((entity) => [entity.id, entity]));
        for (const entity of bundle.entities ?? []) {
          const { id, name, kind, wikidata } = listed.get(entity.id)!;
          expect(entity).toEqual({
            id,
            name,
            kind,
            aliases: [],
            ...(wikidata ? { wikidata } : {}),
          });
        }
        expect(distinct((bundle.entities ?? []).map((entity) => entity.id))).toEqual(
          distinct(bundle.annotations.flatMap((a) => (a.entity === undefined ? [] : [a.entity]))),
        );
      }),
      { numRuns: 60 },
    );
  });
});
