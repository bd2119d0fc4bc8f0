// Suggestions (issue 10): annotations Marginalia proposes for the analyst to accept or reject.
// Found in a document's text alone, so the app and `marginalia suggest` share them.
export { findDateExpressions, type DateExpression } from './date-expressions.ts';
export { findEntityMentions, type EntityMention } from './entity-mentions.ts';
