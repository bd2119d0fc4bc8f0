// Suggestions (issue 10): annotations Marginalia proposes for the analyst to accept or reject.
// Found in a document's text alone, so the app and `marginalia suggest` share them.
export {
  findDateExpressions,
  findDateExpressionsInLine,
  type DateExpression,
} from './date-expressions.ts';
export { EntityMentionFinder, findEntityMentions, type EntityMention } from './entity-mentions.ts';
export {
  isSuggestibleQuote,
  TaggedTextIndex,
  type TaggedAnnotation,
  type TaggedTextMatch,
} from './tagged-text.ts';
export {
  compareSuggestions,
  mergeSuggestions,
  SUGGESTION_SOURCES,
  SuggestionFinder,
  suggestionKey,
  type Suggestion,
  type SuggestionContext,
  type SuggestionSource,
} from './suggestion.ts';
