const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const integer = new Intl.NumberFormat();

export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}

/** A document's length as the analyst thinks of it: characters, and words roughly. */
export function formatLength(codePoints: number): string {
  return codePoints >= 10000
    ? `${integer.format(Math.round(codePoints / 1000))}k chars`
    : `${integer.format(codePoints)} chars`;
}
