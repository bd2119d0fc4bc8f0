// "Annotate all" as one undoable step: every chosen hit tagged with the label, in the analyst's
// own layer, across documents, skipping the exact spans that already carry it (app/search/
// plan-tagging.ts), the entity it links created (or given an alias) in the same step. Committed
// once to the hub in the library's scope: one Undo, from the Search screen's button or
// Ctrl/Cmd+Z, removes them all; an open document's session is the hub's holder and shows them.

import type { Annotator } from '../../app/model/annotation.ts';
import type { Entity } from '../../app/model/entity.ts';
import type { DocumentId, LabelId } from '../../app/model/ids.ts';
import { labelNameIn } from '../../app/model/label-set.ts';
import { readLabels } from '../labels/label-store.ts';
import type { CodePointRange } from '../../app/model/offsets.ts';
import { planTagging } from '../../app/search/plan-tagging.ts';
import type { SearchHit } from '../../app/search/search-index.ts';
import { asAnnotationId } from '../../app/model/ids.ts';
import type { Change, EntityChange } from '../changes/change.ts';
import { LIBRARY_SCOPE } from '../changes/change-hub.ts';
import { changeHubOf } from '../changes/hub-of.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import type { HitAnnotations } from './hit-annotations.ts';
import type { LibraryTexts } from './library-texts.ts';

/** The entity the new actor mentions stand for, and what linking it changes in the list. */
export interface EntityChoice {
  entity: Entity;
  /** The entity created, or an alias added to it: committed with the annotations. */
  changes: EntityChange[];
}

export interface TaggingOutcome {
  added: number;
  skipped: number;
  documents: number;
  /** The undo history's name of the step, null when nothing was added. */
  description: string | null;
}

export async function tagHits(
  db: MarginaliaDatabase,
  texts: LibraryTexts,
  annotations: HitAnnotations,
  hits: readonly SearchHit[],
  label: LabelId,
  annotator: Annotator,
  entity: EntityChoice | null,
): Promise<TaggingOutcome> {
  const byDocument = new Map<DocumentId, CodePointRange[]>();
  for (const hit of hits) {
    const ranges = byDocument.get(hit.documentId);
    if (ranges) ranges.push(hit);
    else byDocument.set(hit.documentId, [{ start: hit.start, end: hit.end }]);
  }
  // What is tagged already must be known before skipping it: usually read while the results
  // were listed, so this waits only when the analyst was quicker than the read.
  await annotations.load([...byDocument.keys()], texts.rows);
  const targets = [...byDocument].flatMap(([id, ranges]) => {
    const text = texts.index.text(id);
    if (text === undefined) return [];
    const publishedAt = texts.rows.get(id)?.publishedAt;
    return [
      {
        document: {
          id,
          text,
          index: texts.index.codePointIndex(id)!,
          ...(publishedAt ? { publishedAt } : {}),
        },
        ranges,
      },
    ];
  });
  const plan = planTagging(targets, (id) => annotations.spansOf(id), {
    label,
    annotator: annotator.id,
    ...(entity ? { entity: entity.entity.id } : {}),
    now: new Date(),
    newId: () => asAnnotationId(crypto.randomUUID()),
  });
  if (plan.annotations.length === 0)
    return { added: 0, skipped: plan.skipped, documents: 0, description: null };
  const name = labelNameIn(await readLabels(db), label).toLowerCase();
  // Cut in code points: half an emoji would be a lone surrogate in the Undo button's title.
  const quote = Array.from(plan.annotations[0]!.quote);
  const shown = quote.length > 30 ? `${quote.slice(0, 29).join('')}…` : quote.join('');
  const description = `Tag ${plan.annotations.length} × “${shown}” as ${name}`;
  const changes: Change[] = [
    ...(entity?.changes ?? []),
    ...plan.annotations.map((after): Change => ({ before: null, after })),
  ];
  changeHubOf(db).commit(LIBRARY_SCOPE, description, changes);
  return {
    added: plan.annotations.length,
    skipped: plan.skipped,
    documents: plan.documents,
    description,
  };
}
