// Missed occurrence (brat's check_missing_consistency): text a layer tags with a label in some
// places, found elsewhere in any document (whole word, same case) where no annotation of that
// label covers it. One finding per place, its fix tagging it.

import type { Annotation } from '../model/annotation.ts';
import type { LabelId } from '../model/ids.ts';
import type { CodePointOffset } from '../model/offsets.ts';
import { CodePointIndex } from '../text/code-points.ts';
import { findingKey, groupBy, places, quoted, type CheckedLayer } from './checked-layer.ts';
import type { Finding } from './finding.ts';
import { PhraseMatcher } from './phrase-matcher.ts';

/**
 * Quotes shorter than this many code points ("US", "he") or without a letter ("2020", "—")
 * match too much ordinary text: they are not looked for.
 */
export const SHORTEST_CHECKED_QUOTE = 3;
const LETTER = /\p{L}/u;

/**
 * The layer's missed occurrences, in document (library) order and by place in each; past
 * `limit` findings, the rest are only counted (`omitted`): a library where common phrases were
 * tagged ("of the") has millions, which no list can show and no memory should hold.
 */
export function findMissedOccurrences(
  layer: CheckedLayer,
  limit = Infinity,
): { findings: Finding[]; omitted: number } {
  // label → phrase → how many places carry it
  const tagged = new Map<string, Map<LabelId, number>>();
  for (const annotation of layer.annotations) {
    const phrase = annotation.quote.trim();
    if ([...phrase].length < SHORTEST_CHECKED_QUOTE || !LETTER.test(phrase)) continue;
    let labels = tagged.get(phrase);
    if (!labels) tagged.set(phrase, (labels = new Map()));
    labels.set(annotation.label, (labels.get(annotation.label) ?? 0) + 1);
  }
  if (tagged.size === 0) return { findings: [], omitted: 0 };
  const matcher = new PhraseMatcher(tagged.keys());
  const byDocument = groupBy(layer.annotations, (a) => a.documentId);

  const findings: Finding[] = [];
  let omitted = 0;
  // One message per phrase and label, however many places miss it.
  const messages = new Map<string, string>();
  for (const document of layer.documents) {
    const occurrences = matcher.occurrencesIn(document.text);
    if (occurrences.length === 0) continue;
    const coverage = new Coverage(byDocument.get(document.id) ?? []);
    const index = new CodePointIndex(document.text);
    const missed: Missed[] = [];
    for (const { phrase, start: from, end: to } of occurrences) {
      const start = index.toCodePoint(from);
      const end = index.toCodePoint(to);
      // A span tagged exactly here with another label is a label mismatch, not a miss.
      if (coverage.isTaggedExactly(start, end)) continue;
      for (const [label, count] of tagged.get(phrase)!)
        if (!coverage.covers(label, start, end)) missed.push({ phrase, label, count, start, end });
    }
    const keyPrefixes = new Map<LabelId, string>();
    for (const miss of outermost(missed)) {
      if (findings.length >= limit) {
        omitted++;
        continue;
      }
      let prefix = keyPrefixes.get(miss.label);
      if (prefix === undefined) {
        // The key without its closing bracket; offsets are numbers, appended as JSON would.
        prefix = findingKey('missed-occurrence', layer.annotator, miss.label, document.id).slice(
          0,
          -1,
        );
        keyPrefixes.set(miss.label, prefix);
      }
      const messageKey = `${miss.label}\u0000${miss.phrase}`;
      let message = messages.get(messageKey);
      if (message === undefined) {
        message = `${quoted(miss.phrase)} is tagged ${layer.labelName(miss.label)} in ${places(miss.count)}, not here`;
        messages.set(messageKey, message);
      }
      findings.push({
        key: `${prefix},${miss.start},${miss.end}]`,
        kind: 'missed-occurrence',
        annotator: layer.annotator,
        documentId: document.id,
        message,
        locations: [
          { documentId: document.id, start: miss.start, end: miss.end, quote: miss.phrase },
        ],
        fix: { kind: 'tag', label: miss.label },
      });
    }
  }
  return { findings, omitted };
}

interface Missed {
  phrase: string;
  label: LabelId;
  /** How many places the layer tags the phrase with the label. */
  count: number;
  start: CodePointOffset;
  end: CodePointOffset;
}

/**
 * Of misses of one label nested in one another ("Pompeo" inside "Mike Pompeo"), the outermost:
 * tagging it settles the inner one too.
 */
function outermost(missed: Missed[]): Missed[] {
  const kept: Missed[] = [];
  for (const [, group] of groupBy(missed, (miss) => miss.label)) {
    group.sort((a, b) => a.start - b.start || b.end - a.end);
    let reach = -1;
    for (const miss of group) {
      if (miss.end <= reach) continue;
      kept.push(miss);
      reach = miss.end;
    }
  }
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Which spans of one document a layer's annotations cover, per label, in O(log n) a query. */
class Coverage {
  private readonly byLabel = new Map<LabelId, { starts: number[]; reach: number[] }>();
  private readonly exact = new Set<string>();

  constructor(annotations: readonly Annotation[]) {
    for (const [label, group] of groupBy(annotations, (a) => a.label)) {
      const sorted = [...group].sort((a, b) => a.start - b.start);
      const reach: number[] = [];
      let furthest = -1;
      for (const annotation of sorted) reach.push((furthest = Math.max(furthest, annotation.end)));
      this.byLabel.set(label, { starts: sorted.map((a) => a.start), reach });
    }
    for (const annotation of annotations) this.exact.add(`${annotation.start}:${annotation.end}`);
  }

  isTaggedExactly(start: CodePointOffset, end: CodePointOffset): boolean {
    return this.exact.has(`${start}:${end}`);
  }

  /** Some annotation of `label` starts at or before `start` and ends at or after `end`. */
  covers(label: LabelId, start: CodePointOffset, end: CodePointOffset): boolean {
    const spans = this.byLabel.get(label);
    if (!spans) return false;
    // The last annotation starting at or before `start`; `reach` is the furthest end so far.
    let low = 0;
    let high = spans.starts.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (spans.starts[mid]! <= start) low = mid + 1;
      else high = mid;
    }
    return low > 0 && spans.reach[low - 1]! >= end;
  }
}
