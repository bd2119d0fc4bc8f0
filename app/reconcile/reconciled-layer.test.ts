import { describe, expect, it } from 'vitest';
import { asAnnotationId, asAnnotatorId } from '../model/ids.ts';
import { compareLayers } from './compare-layers.ts';
import { acceptAllAgreed, acceptMembers, rejectGroup } from './decisions.ts';
import {
  applyChange,
  changeFor,
  groupStatus,
  invertChange,
  type ReconcileChange,
  type ReconciledLayer,
} from './reconciled-layer.ts';
import { ANA_AND_BEN, span } from './test-support.ts';

const reviewer = asAnnotatorId('rosa');
const now = new Date('2024-06-01T10:00:00Z');

const groups = compareLayers(
  [
    span('ana', 0, 10),
    span('ben', 0, 10),
    span('ana', 30, 40, 'date'),
    span('ben', 30, 40, 'date'),
    span('ana', 65, 90),
    span('ben', 60, 90),
    span('ben', 100, 110),
  ],
  ANA_AND_BEN,
);
const [agreedFirst, agreedDate, boundary, single] = groups;

/** A fresh review: an open entry for every group that is not agreed. */
const opened: ReconciledLayer = {
  annotations: [],
  conflicts: groups
    .filter((group) => group.kind !== 'agreed')
    .map((group) => ({
      id: group.id,
      kind: group.kind,
      annotations: group.members.map((member) => member.id),
      status: 'open',
    })),
};

describe('the reconciled layer', () => {
  it('starts with agreed groups open until accepted, and conflicts open', () => {
    expect(groups.map((group) => group.kind)).toEqual(['agreed', 'agreed', 'boundary', 'single']);
    expect(groups.map((group) => groupStatus(group, opened.annotations, opened.conflicts))).toEqual(
      ['open', 'open', 'open', 'open'],
    );
  });

  it('accepts all agreed groups in one step, and undoes them in one step', () => {
    const changes: ReconcileChange[] = [];
    let layer = opened;
    for (const outcome of acceptAllAgreed(groups, reviewer, now)) {
      const change = changeFor(layer, outcome);
      changes.push(change);
      layer = applyChange(layer, change);
    }
    expect(layer.annotations).toHaveLength(2);
    expect(groups.map((group) => groupStatus(group, layer.annotations, layer.conflicts))).toEqual([
      'resolved',
      'resolved',
      'open',
      'open',
    ]);
    for (const change of [...changes].reverse()) layer = applyChange(layer, invertChange(change));
    expect(layer).toEqual(opened);
  });

  it('replaces a group’s earlier decision when it is decided again, and undo brings it back', () => {
    const acceptAna = changeFor(
      opened,
      acceptMembers(boundary!, [asAnnotationId('ana-65-90-claim')], reviewer, now),
    );
    const afterAna = applyChange(opened, acceptAna);
    const acceptBen = changeFor(
      afterAna,
      acceptMembers(boundary!, [asAnnotationId('ben-60-90-claim')], reviewer, now),
    );
    expect(acceptBen.removed).toEqual(afterAna.annotations);
    const afterBen = applyChange(afterAna, acceptBen);
    expect(afterBen.annotations.map((a) => [a.start, a.end])).toEqual([[60, 90]]);
    expect(afterBen.conflicts.map((conflict) => conflict.status)).toEqual(['resolved', 'open']);
    expect(applyChange(afterBen, invertChange(acceptBen))).toEqual(afterAna);
    expect(applyChange(afterAna, invertChange(acceptAna))).toEqual(opened);
  });

  it('deciding the same thing twice changes nothing but its time', () => {
    const outcome = acceptMembers(boundary!, [asAnnotationId('ana-65-90-claim')], reviewer, now);
    const once = applyChange(opened, changeFor(opened, outcome));
    expect(applyChange(once, changeFor(once, outcome))).toEqual(once);
  });

  it('records a rejection as a resolved entry with no reconciled annotation', () => {
    const layer = applyChange(opened, changeFor(opened, rejectGroup(single!)));
    expect(layer.annotations).toEqual([]);
    expect(groupStatus(single!, layer.annotations, layer.conflicts)).toBe('resolved');
  });

  it('gives a rejected agreed group an entry, which keeps it resolved', () => {
    const layer = applyChange(opened, changeFor(opened, rejectGroup(agreedFirst!)));
    expect(layer.conflicts.at(-1)).toMatchObject({
      id: agreedFirst!.id,
      kind: 'agreed',
      status: 'resolved',
    });
    expect(groupStatus(agreedFirst!, layer.annotations, layer.conflicts)).toBe('resolved');
    expect(groupStatus(agreedDate!, layer.annotations, layer.conflicts)).toBe('open');
  });

  it('reopens a group that gained a member since its unanimous acceptance', () => {
    const [outcome] = acceptAllAgreed([agreedFirst!], null, now);
    const layer = applyChange(opened, changeFor(opened, outcome!));
    const [grown] = compareLayers(
      [span('ana', 0, 10), span('ben', 0, 10), span('ben', 0, 10, 'claim', 'ben-again')],
      ANA_AND_BEN,
    );
    expect(groupStatus(grown!, layer.annotations, layer.conflicts)).toBe('open');
  });
});
