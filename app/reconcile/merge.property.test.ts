// Properties of `marginalia merge` over random files of up to three annotators on a few short
// documents, with overlapping spans, ids that clash between files, the same file twice and up to
// two reviewers' files among them: whatever the order of the files, the merge is the same; it is
// valid; it keeps every annotation; and merging its result again changes nothing.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDataset, serialiseDataset, type DatasetV1 } from '../formats/dataset/index.ts';
import { makeAnnotation, makeDocument } from '../formats/dataset/test-support.ts';
import { asAnnotatorId, asLabelId } from '../model/ids.ts';
import { codePoints } from '../model/offsets.ts';
import { RECONCILED_ANNOTATOR } from '../model/review.ts';
import { codePointLength } from '../text/code-points.ts';
import { acceptMembers, editDecision, rejectGroup, type GroupOutcome } from './decisions.ts';
import { annotatorFile, merged, reviewed, withoutExportTime } from './merge-test-support.ts';

const documents = [
  makeDocument('Geneva', '🕊️ Talks resumed in Geneva on 3 May 2024.'),
  makeDocument('Border', '𝐁𝐫𝐞𝐚𝐤𝐢𝐧𝐠: the border commission met in Yerevan 🇦🇲.'),
  makeDocument('Quiet', 'Nothing happened today.'),
];

/** One annotator's file: some of the documents, spans on them, ids from a small shared pool. */
const annotatorFileArbitrary = (annotator: string) =>
  fc
    .record({
      documents: fc.subarray([0, 1, 2], { minLength: 1 }),
      spans: fc.array(
        fc.record({
          document: fc.nat({ max: 2 }),
          start: fc.nat({ max: 20 }),
          length: fc.integer({ min: 1, max: 8 }),
          label: fc.constantFrom('claim', 'actor'),
          // Files numbered "n1", "n2"… by hand clash with each other's ids.
          numbered: fc.boolean(),
        }),
        { maxLength: 8 },
      ),
    })
    .map(({ documents: chosen, spans }) => {
      const annotations = spans
        .filter((s) => chosen.includes(s.document))
        .map((s, i) => {
          const document = documents[s.document]!;
          const end = Math.min(s.start + s.length, codePointLength(document.text));
          const start = Math.min(s.start, end - 1);
          const id = s.numbered ? `n${i}` : `${annotator}-${i}`;
          return makeAnnotation(document, start, end, { id, label: s.label, annotator });
        });
      return annotatorFile(
        annotator,
        annotations,
        chosen.map((d) => documents[d]!),
      );
    });

/** A reviewer's decision for each group, picked by number: accept, reject, edit or leave open. */
function decisions(choices: number[]) {
  let next = 0;
  return (groups: Parameters<Parameters<typeof reviewed>[1]>[0]): GroupOutcome[] =>
    groups.flatMap((group): GroupOutcome[] => {
      const choice = choices[next++ % Math.max(choices.length, 1)] ?? 0;
      const when = new Date('2024-06-02T09:00:00Z');
      const reviewer = asAnnotatorId('rosa');
      if (choice === 1) return [acceptMembers(group, [group.members[0]!.id], reviewer, when)];
      if (choice === 2) return [rejectGroup(group)];
      if (choice === 3) {
        const text = documents.find((d) => d.id === group.members[0]!.documentId)!.text;
        const edit = {
          start: group.start,
          end: codePoints(group.start + 1),
          label: asLabelId('date'),
        };
        return [editDecision(group, edit, text, reviewer, when)];
      }
      return [];
    });
}

const files = fc
  .tuple(
    annotatorFileArbitrary('ana'),
    annotatorFileArbitrary('ben'),
    fc.option(annotatorFileArbitrary('cleo'), { nil: undefined }),
    fc.boolean(),
    fc.option(fc.array(fc.nat({ max: 3 }), { minLength: 1, maxLength: 6 }), { nil: undefined }),
    fc.option(fc.array(fc.nat({ max: 3 }), { minLength: 1, maxLength: 6 }), { nil: undefined }),
  )
  .map(([ana, ben, cleo, twice, choices, otherChoices]) => {
    const list: DatasetV1[] = [ana, ben];
    if (cleo !== undefined) list.push(cleo);
    if (twice) list.push(ana);
    // A reviewer's file: the first two merged, then decided.
    if (choices !== undefined) list.push(reviewed(merged([ana, ben]), decisions(choices)));
    // A second reviewer, who may decide the same groups differently.
    if (otherChoices !== undefined)
      list.push(reviewed(merged([ana, ben]), decisions(otherChoices)));
    return list;
  });

const permutedFiles = files.chain((list) =>
  fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length })),
);

describe('mergeDatasets properties', () => {
  it('gives the same file whatever order the inputs come in', () => {
    fc.assert(
      fc.property(permutedFiles, ([list, permuted]) => {
        expect(serialiseDataset(merged(permuted))).toBe(serialiseDataset(merged(list)));
      }),
    );
  });

  it('writes a valid dataset that keeps every annotation of every layer', () => {
    fc.assert(
      fc.property(files, (list) => {
        const output = merged(list);
        const parsed = parseDataset(serialiseDataset(output));
        expect(parsed.ok ? [] : parsed.error).toEqual([]);
        const spansOf = (datasets: DatasetV1[], reconciled: boolean) =>
          new Set(
            datasets.flatMap((dataset) =>
              dataset.documents.flatMap((document) =>
                document.annotations
                  .filter((a) => (a.annotator === RECONCILED_ANNOTATOR) === reconciled)
                  .map((a) => `${document.id} ${a.annotator} ${a.label} ${a.start} ${a.end}`),
              ),
            ),
          );
        expect(spansOf([output], false)).toEqual(spansOf(list, false));
        // Every reconciled annotation of the inputs is kept.
        for (const span of spansOf(list, true)) expect(spansOf([output], true)).toContain(span);
      }),
    );
  });

  it('changes nothing when its output is merged again, alone or with itself', () => {
    fc.assert(
      fc.property(files, (list) => {
        const output = merged(list);
        const later = new Date('2024-07-01T00:00:00Z');
        expect(withoutExportTime(merged([output], later))).toEqual(withoutExportTime(output));
        expect(withoutExportTime(merged([output, output], later))).toEqual(
          withoutExportTime(output),
        );
      }),
    );
  });
});
