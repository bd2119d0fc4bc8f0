// A language tag as a reader says it: "en-GB" → "British English". The interface is in
// English, so names are too; a tag Intl has no name for is shown as it is.

const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** The language's English name, or the tag itself when it has none. */
export function languageName(tag: string): string {
  try {
    return names.of(tag) ?? tag;
  } catch {
    return tag;
  }
}
