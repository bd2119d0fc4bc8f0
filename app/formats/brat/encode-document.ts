// One document in brat's standoff format (https://brat.nlplab.org/standoff.html): the text as
// `<stem>.txt` and its annotations as `<stem>.ann`, one line each:
//   T1<TAB>Claim 10 52<TAB>text                a span (Tn: type, start, end, its text)
//   R1<TAB>Claimant Arg1:T1 Arg2:T2            a relation, from Arg1 to Arg2
//   N1<TAB>Reference T2 Wikidata:Q1234<TAB>Mike Pompeo    an entity link with a Wikidata id
//   #1<TAB>AnnotatorNotes T3<TAB>2020-10-26    a date's value; then the analyst's note, if any
// brat's offsets are character offsets into the .txt as Python reads it: code points, which is
// what Marginalia's offsets count, so they are written as they are.
//
// A span across a line break cannot be one fragment: brat refuses a T line whose text holds a
// newline. It is written in brat's discontinuous form, `start end;start end`, one fragment per
// line with the line breaks left out, its text the fragments joined by a space (as brat joins
// them). Notes lose their line breaks the same way, since one note is one line.
//
// Every layer's annotations are written: brat has no annotators, so two analysts' identical
// spans are two T lines. Annotation ids, annotators, timestamps, value statuses and entity
// links without a Wikidata id are not in the format.

import { compareAnnotations, type Annotation } from '../../model/annotation.ts';
import type { Entity } from '../../model/entity.ts';
import type { AnnotationId, EntityId } from '../../model/ids.ts';
import { compareRelations, type Relation } from '../../model/relation.ts';

export interface BratNames {
  /** A label id → its brat entity type. */
  label: (id: string) => string;
  /** A relation type id → its brat relation type. */
  relation: (id: string) => string;
}

/** The `.ann` text of one document (a trailing newline after each line). */
export function encodeAnn(
  annotations: readonly Annotation[],
  relations: readonly Relation[],
  entities: ReadonlyMap<EntityId, Entity>,
  names: BratNames,
): string {
  const lines: string[] = [];
  const spanIds = new Map<AnnotationId, string>();
  const notes: [string, string][] = [];
  const references: [string, Entity][] = [];
  for (const annotation of [...annotations].sort(compareAnnotations)) {
    const fragments = fragmentsOf(annotation);
    // A span of nothing but line breaks has no fragment brat could show.
    if (fragments.length === 0) continue;
    const id = `T${spanIds.size + 1}`;
    spanIds.set(annotation.id, id);
    const where = fragments.map(([start, end]) => `${start} ${end}`).join(';');
    const text = fragments.map(([, , fragment]) => fragment).join(' ');
    lines.push(`${id}\t${names.label(annotation.label)} ${where}\t${text}`);
    if (annotation.value !== undefined) notes.push([id, annotation.value]);
    if (annotation.note !== '') notes.push([id, oneLine(annotation.note)]);
    const entity = annotation.entity === undefined ? undefined : entities.get(annotation.entity);
    if (entity?.wikidata !== undefined) references.push([id, entity]);
  }
  let relationCount = 0;
  for (const relation of [...relations].sort(compareRelations)) {
    const from = spanIds.get(relation.from);
    const to = spanIds.get(relation.to);
    if (from === undefined || to === undefined) continue;
    lines.push(`R${++relationCount}\t${names.relation(relation.type)} Arg1:${from} Arg2:${to}`);
  }
  references.forEach(([id, entity], i) =>
    lines.push(`N${i + 1}\tReference ${id} Wikidata:${entity.wikidata!}\t${oneLine(entity.name)}`),
  );
  notes.forEach(([id, text], i) => lines.push(`#${i + 1}\tAnnotatorNotes ${id}\t${text}`));
  return lines.map((line) => `${line}\n`).join('');
}

/**
 * The span's pieces between line breaks: [start, end, text] in code points. The quote is the
 * text between the offsets (app/model/annotation.ts), so it is cut instead of the document.
 */
function fragmentsOf(annotation: Annotation): [number, number, string][] {
  const fragments: [number, number, string][] = [];
  let start = annotation.start as number;
  for (const piece of annotation.quote.split('\n')) {
    const length = [...piece].length;
    if (length > 0) fragments.push([start, start + length, piece]);
    start += length + 1;
  }
  return fragments;
}

function oneLine(text: string): string {
  return text.replace(/\s*[\n\t]\s*/g, ' ');
}
