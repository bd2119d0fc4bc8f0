// The Labels screen's edits as changes of the one change model (renderer/changes/change.ts): a
// label added, edited or deleted is a `label` change, and deleting a label that annotations use
// is one step made of the relabelling of every one of them (over every document and layer, in
// the annotation changes the session and the checks use) and the label change itself, so one
// undo puts back both the label and its annotations.

import type { Annotation } from '../../app/model/annotation.ts';
import type { LabelId } from '../../app/model/ids.ts';
import { isBuiltInLabel } from '../../app/model/label-set.ts';
import { countOfLabel } from '../../app/model/label-counts.ts';
import type { Label } from '../../app/model/labels.ts';
import { BUILT_IN_RELATION_TYPES, findRelationType } from '../../app/model/relation.ts';
import type { Change, LabelChange } from '../changes/change.ts';
import { foldLayers } from '../db/annotation-store.ts';
import type { MarginaliaDatabase } from '../db/database.ts';

/** A label as the library stores it: `hidden` only when true, `shortcut` only when set. */
export function storedLabel(label: Label): Label {
  const stored: Label = { id: label.id, name: label.name, color: label.color };
  if (label.shortcut) stored.shortcut = label.shortcut;
  if (label.hidden) stored.hidden = true;
  return stored;
}

export function addLabelChange(label: Label): LabelChange {
  return { kind: 'label', before: null, after: storedLabel(label) };
}

/** An edit of a label (name, colour, key, hidden); a built-in's row holds what was edited. */
export function editLabelChange(before: Label, after: Label): LabelChange {
  return { kind: 'label', before: storedLabel(before), after: storedLabel(after) };
}

/** How many annotations carry each label, over every document and layer (the rows' counts). */
export async function readLabelUsage(db: MarginaliaDatabase): Promise<Map<string, number>> {
  const usage = new Map<string, number>();
  await db.documents.each((row) => {
    for (const label of Object.keys(row.counts)) {
      const count = countOfLabel(row.counts, label);
      if (count > 0) usage.set(label, (usage.get(label) ?? 0) + count);
    }
  });
  return usage;
}

/**
 * Deleting `label`: its annotations moved to `moveTo` (required when there are any), then the
 * label itself, as one list for one undo step. A built-in label is never deleted.
 */
export async function deleteLabelChanges(
  db: MarginaliaDatabase,
  label: Label,
  moveTo: LabelId | null,
  now = new Date(),
): Promise<Change[]> {
  if (isBuiltInLabel(label.id)) throw new Error(`${label.name} is built in and cannot be deleted`);
  const folded = await db.transaction('r', [db.layers, db.edits, db.relationLayers], async () => {
    const [layers, edits, relationLayers] = await Promise.all([
      db.layers.toArray(),
      db.edits.orderBy('seq').toArray(),
      db.relationLayers.toArray(),
    ]);
    return foldLayers(layers, edits, relationLayers);
  });
  const changes: Change[] = [];
  const timestamp = now.toISOString();
  for (const layer of folded) {
    const used = layer.annotations.filter((annotation) => annotation.label === label.id);
    if (used.length === 0) continue;
    if (moveTo === null)
      throw new Error(`${label.name} is used by annotations: choose a label to move them to`);
    const moved = new Set(used.map((annotation) => annotation.id as string));
    // A relation whose type wants another label at that end no longer fits (as when the session
    // relabels one annotation): it goes in the same step, and comes back with the undo.
    for (const relation of layer.relations) {
      const type = findRelationType(BUILT_IN_RELATION_TYPES, relation.type);
      if (
        (moved.has(relation.from) && type?.from !== moveTo) ||
        (moved.has(relation.to) && type?.to !== moveTo)
      )
        changes.push({ kind: 'relation', before: relation, after: null });
    }
    for (const before of used)
      changes.push({ before, after: relabelled(before, moveTo, timestamp) });
  }
  changes.push({ kind: 'label', before: storedLabel(label), after: null });
  return changes;
}

/** An annotation under another label: an entity link or a date value belonged to the old one. */
function relabelled(before: Annotation, label: LabelId, timestamp: string): Annotation {
  const after: Annotation = { ...before, label, updatedAt: timestamp };
  delete after.entity;
  delete after.value;
  delete after.valueStatus;
  return after;
}
