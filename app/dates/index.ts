// The date values of issue 8: the value grammar and the value proposed for a date expression.
export {
  DATE_VALUE_FORMS,
  checkPublishedAt,
  dateValueBounds,
  describeDateValue,
  isDateValue,
  parseDateValue,
  type DatePoint,
  type DatePrecision,
  type DateValueRefusal,
  type ParsedDateValue,
} from './date-value.ts';
export { proposeDateValue, type ProposalContext } from './propose-date-value.ts';
