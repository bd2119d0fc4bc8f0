// What an undefined value means for the analyst, beside the reason app/agreement gives. The
// reasons are the core's strings (docs/agreement.md, "Undefined values at a glance"); one the
// map does not know is shown as it is, which is still true, only shorter.

const SAME_CATEGORY =
  'Chance alone already predicts complete agreement when every token has one category, so kappa divides 0 by 0. ' +
  'The spans may still agree perfectly: F1 and α_U say whether they do.';
const NOTHING_TAGGED = 'Nothing was tagged here, so there is nothing to agree or disagree on.';

const EXPLANATIONS = new Map<string, string>([
  ['both annotators gave every token the same label', SAME_CATEGORY],
  ['every annotator gave every token the same label', SAME_CATEGORY],
  ['neither annotator tagged any token', NOTHING_TAGGED],
  ['no annotator tagged any token', NOTHING_TAGGED],
  [
    'no spans by either annotator',
    'Neither annotator of the pair tagged a span in this scope, so F1 would be 0/0.',
  ],
  ['no spans by any annotator', NOTHING_TAGGED],
  ['no tokens to compare', 'The text has no words or punctuation to compare.'],
  ['fewer than two annotators', 'Agreement needs at least two annotators on the same document.'],
  [
    'no document has two annotators',
    'Agreement needs at least two annotators on the same document.',
  ],
  [
    'no expected disagreement to compare with (0/0)',
    'α_U divides by the disagreement chance would produce, which is 0 here.',
  ],
  [
    'no pair of annotators has a value',
    'Every pair’s own value is undefined; hover or expand the row to see why.',
  ],
  ['no document has a value', 'α_U is the mean over documents, and no document has one.'],
  [
    'no document with two annotators and spans of this label has a value',
    'α_U of a label averages the documents where it was used, and none has a value.',
  ],
  [
    'no relations by either annotator',
    'Neither annotator of the pair linked a claim to anything in this scope, so relation F1 would be 0/0.',
  ],
  [
    'no actor placed alike by both with an entity on each side',
    'Entities are compared on actors both annotators tagged at exactly the same place, each linked to an entity; there is no such actor here.',
  ],
  [
    'no date placed alike by both with a value on each side',
    'Date values are compared on dates both annotators tagged at exactly the same place, each with a value; there is no such date here.',
  ],
]);

/** A sentence on what the undefined value means, or null for a reason without one. */
export function explainReason(reason: string): string | null {
  return EXPLANATIONS.get(reason) ?? null;
}
