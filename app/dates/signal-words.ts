// Words that may surround a date without changing which period it names. TimeML calls
// prepositions such as "since" or "before" SIGNALs and keeps them outside the TIMEX: the value of
// "since 1992" is 1992. Qualifiers such as "early" or "as early as" narrow or colour a period
// without moving it. Anything else left over ("the week after October 10", "in the months that
// followed") changes the meaning, so the proposal gives no value rather than a guess.

const SIGNAL_WORDS = new Set([
  'about',
  'after',
  'around',
  'as',
  'at',
  'before',
  'beginning',
  'by',
  'circa',
  'during',
  'early',
  'earlier',
  'from',
  'in',
  'just',
  'late',
  'later',
  'local',
  'mid',
  'of',
  'on',
  'since',
  'starting',
  'the',
  'till',
  'time',
  'until',
]);

/** The words of a text, lower-cased, without punctuation, digits or quotes. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/\p{L}+/gu) ?? [];
}

export function isSignalWord(word: string): boolean {
  return SIGNAL_WORDS.has(word);
}

/** The text without the signal words (and dashes, commas) that precede what it names. */
export function withoutLeadingSignals(text: string): string {
  let rest = text.trim();
  for (;;) {
    const match = /^(\p{L}+)[\s,-]*/u.exec(rest);
    if (!match || !isSignalWord(match[1].toLowerCase())) return rest;
    rest = rest.slice(match[0].length);
  }
}
