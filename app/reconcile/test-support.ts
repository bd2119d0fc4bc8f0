// Builders shared by the reconcile tests: annotations on one real document, by name.

import type { Annotation } from '../model/annotation.ts';
import { asAnnotatorId, type AnnotatorId } from '../model/ids.ts';
import { makeAnnotation, makeDocument } from '../formats/dataset/test-support.ts';

/** A document long enough for the spans of the tests, with an emoji so code points matter. */
export const talks = makeDocument(
  'Talks',
  '🕊️ Talks resumed in Geneva on 3 May 2024. Minister Bayramov said a deal was within reach, and the border commission would meet on Friday in Yerevan.',
);

/** `annotator`'s annotation of [start, end) with `label`, its id `annotator-start-end-label`. */
export function span(
  annotator: string,
  start: number,
  end: number,
  label = 'claim',
  id = `${annotator}-${start}-${end}-${label}`,
): Annotation {
  return makeAnnotation(talks, start, end, { id, label, annotator });
}

export const ANA = asAnnotatorId('ana');
export const BEN = asAnnotatorId('ben');
export const CLEO = asAnnotatorId('cleo');
export const ANA_AND_BEN: AnnotatorId[] = [ANA, BEN];
