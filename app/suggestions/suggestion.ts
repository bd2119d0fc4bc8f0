// One list of suggestions from the three sources (issue 10), each keyed so that a rejection can
// be remembered: date expressions (with their proposed values), mentions of known entities, and
// text the analyst tagged elsewhere. Where two sources propose the same label over overlapping
// text, the one that knows more wins: an entity mention carries its entity, a date expression its
// value read in context; text tagged elsewhere only repeats a label.

import { proposeDateValue } from '../dates/propose-date-value.ts';
import type { DateValue } from '../model/date-value.ts';
import type { Entity } from '../model/entity.ts';
import type { EntityId, LabelId } from '../model/ids.ts';
import { ACTOR, DATE } from '../model/labels.ts';
import { codePoints, type CodePointOffset } from '../model/offsets.ts';
import { codePointLength } from '../text/code-points.ts';
import { findDateExpressionsInLine } from './date-expressions.ts';
import { EntityMentionFinder } from './entity-mentions.ts';
import type { TaggedTextIndex } from './tagged-text.ts';

/** Where a suggestion comes from; also its kind, as the analyst sees it ("Accept all dates"). */
export type SuggestionSource = 'date' | 'entity' | 'tagged';

/** The sources in the order they win an overlap, and in which the side panel lists them. */
export const SUGGESTION_SOURCES: readonly SuggestionSource[] = ['entity', 'date', 'tagged'];

export interface Suggestion {
  /** Stable while the text is: `source|label|start|end|quote` (see suggestionKey). */
  key: string;
  source: SuggestionSource;
  label: LabelId;
  start: CodePointOffset;
  end: CodePointOffset;
  quote: string;
  /** Date suggestions: the value proposed for the expression, when the text determines one. */
  value?: DateValue;
  /** Actor suggestions: the entity the mention stands for. */
  entity?: EntityId;
}

/** The key a rejection of this suggestion is remembered by. */
export function suggestionKey(
  suggestion: Pick<Suggestion, 'source' | 'label' | 'start' | 'end' | 'quote'>,
): string {
  const { source, label, start, end, quote } = suggestion;
  return `${source}|${label}|${start}|${end}|${quote}`;
}

/** What suggestions are found from: the document's publication date, the library's entities, what the analyst tagged. */
export interface SuggestionContext {
  publishedAt?: string | undefined;
  entities?: readonly Entity[];
  tagged?: TaggedTextIndex;
}

/** Finds the suggestions of a text line by line, with the entities' names compiled once. */
export class SuggestionFinder {
  private readonly mentions: EntityMentionFinder;

  constructor(private readonly context: SuggestionContext) {
    this.mentions = new EntityMentionFinder(context.entities ?? []);
  }

  /** The suggestions of a whole text, in reading order. */
  inText(text: string): Suggestion[] {
    const found: Suggestion[] = [];
    let lineStart = 0;
    for (const line of text.split('\n')) {
      found.push(...this.inLine(line, codePoints(lineStart)));
      lineStart += codePointLength(line) + 1;
    }
    return found;
  }

  /** The suggestions of one line, offsets counted from `lineStart`, in reading order. */
  inLine(line: string, lineStart: CodePointOffset): Suggestion[] {
    return mergeSuggestions([
      ...this.textInLine(line, lineStart),
      ...this.taggedInLine(line, lineStart),
    ]);
  }

  /**
   * What the line's text alone suggests (dates, entity mentions), unmerged: kept by the app
   * while only what the analyst tagged changes, since reading dates is the slow part.
   */
  textInLine(line: string, lineStart: CodePointOffset): Suggestion[] {
    const found: Suggestion[] = [];
    for (const { start, end, quote, entity } of this.mentions.find(line, lineStart))
      found.push(keyed({ source: 'entity', label: ACTOR, start, end, quote, entity }));
    for (const { start, end, quote, value } of findDateExpressionsInLine(
      line,
      lineStart,
      this.context.publishedAt,
    ))
      found.push(
        keyed({
          source: 'date',
          label: DATE,
          start,
          end,
          quote,
          ...(value === null ? {} : { value }),
        }),
      );
    return found;
  }

  /** The line's text tagged elsewhere, unmerged. */
  taggedInLine(line: string, lineStart: CodePointOffset): Suggestion[] {
    const { publishedAt, tagged } = this.context;
    return (tagged?.find(line, lineStart) ?? []).map((match) => {
      // A date tagged elsewhere gets its value the way one tagged by hand does.
      const value = match.label === DATE ? proposeDateValue(match.quote, publishedAt) : null;
      return keyed({ source: 'tagged', ...match, ...(value === null ? {} : { value }) });
    });
  }
}

function keyed(suggestion: Omit<Suggestion, 'key'>): Suggestion {
  return { key: suggestionKey(suggestion), ...suggestion };
}

/**
 * One suggestion per label and place: where suggestions of one label overlap, the one of the
 * earlier source in SUGGESTION_SOURCES stays (then the longer, then the earlier). In reading order.
 */
export function mergeSuggestions(candidates: readonly Suggestion[]): Suggestion[] {
  const rank = (suggestion: Suggestion) => SUGGESTION_SOURCES.indexOf(suggestion.source);
  const byPreference = [...candidates].sort(
    (a, b) => rank(a) - rank(b) || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: Suggestion[] = [];
  for (const candidate of byPreference) {
    const clash = kept.some(
      (other) =>
        other.label === candidate.label &&
        other.start < candidate.end &&
        candidate.start < other.end,
    );
    if (!clash) kept.push(candidate);
  }
  return kept.sort(compareSuggestions);
}

/** Reading order: start, then longer first, then source. */
export function compareSuggestions(a: Suggestion, b: Suggestion): number {
  return (
    a.start - b.start ||
    b.end - a.end ||
    SUGGESTION_SOURCES.indexOf(a.source) - SUGGESTION_SOURCES.indexOf(b.source)
  );
}
