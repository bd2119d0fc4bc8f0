// The ids of span groups and reconciled annotations. Both are derived, never random: a group's
// id from its members' ids, so a review entry finds its group again after any merge or reload
// (and stops matching once the group gains or loses a member); a reconciled annotation's id from
// its group and what it says, so deciding the same thing twice replaces rather than duplicates.

import { compareStrings } from '../model/compare-strings.ts';
import {
  asAnnotationId,
  asSpanGroupId,
  type AnnotationId,
  type LabelId,
  type SpanGroupId,
} from '../model/ids.ts';
import { contentId } from './content-id.ts';

/** Changing these would orphan every review entry and duplicate every reconciled annotation written before. */
const GROUP_NAMESPACE = 'marginalia/span-group/v1';
const RECONCILED_NAMESPACE = 'marginalia/reconciled-annotation/v1';

/** The id of the span group with these members (in any order). */
export function groupIdOf(memberIds: readonly string[]): SpanGroupId {
  const sorted = memberIds.length === 1 ? memberIds : [...memberIds].sort(compareStrings);
  return asSpanGroupId(contentId(GROUP_NAMESPACE, sorted));
}

/** The id of the reconciled annotation a decision about `group` makes of this span and label. */
export function reconciledIdOf(
  group: SpanGroupId,
  label: LabelId,
  start: number,
  end: number,
): AnnotationId {
  return asAnnotationId(contentId(RECONCILED_NAMESPACE, [group, label, start, end]));
}
