// A date annotation's calendar value: ISO 8601 at the precision the text gives (year `2020`,
// month `2020-10`, day `2020-10-26`, ISO week `2020-W43`, minute `2020-10-26T08:00`) or an
// interval of two of these (`2020-10-10/2020-10-17`). The grammar and its checks live in
// app/dates/date-value.ts; here only the types every layer shares.

declare const brand: unique symbol;

/** A string the value grammar accepted. */
export type DateValue = string & { readonly [brand]: 'DateValue' };

/** `suggested`: proposed by the date parser, not yet looked at; `confirmed`: the analyst's. */
export type ValueStatus = 'suggested' | 'confirmed';

export const VALUE_STATUSES: readonly ValueStatus[] = ['suggested', 'confirmed'];
