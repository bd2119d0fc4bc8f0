// Openings of two articles of the shared corpus (/work/shared/corpus), copied verbatim: a test
// in the browser cannot read files from disk. They carry what real imports carry: curly
// quotes and apostrophes, no-break spaces (written \u00a0 here so they can be seen) and
// Azerbaijani letters (ə, Ş, ı).

/** From 003_7ae040cf64c4549e.txt (Andrew Korybko on the US-hosted talks). */
export const KORYBKO_EXCERPT =
  'The US-hosted Talks Between Azerbaijan And Armenia Won’t End The Karabakh Conflict\n\n' +
  'By\u00a0Andrew Korybko\n\n' +
  'I’m sharing the English-language comments that I gave to Yeni Sabah’s Rafi Muslumov, which were first published in Azerbaijani under the title “ABŞ Ermənistanı yola gətirir: Rusiya masadan qovulur?”\n\n' +
  'No surprises are expected from the US-hosted talks between Azerbaijan and Armenia, but the fact that they’re proceeding in the first place shows both sides’ interest in exploring other pathways towards peace than the traditional Minsk format and the recent Moscow one of the past 2,5 years.\n';

/** From 001_a0067eea4bbd0937.txt (Pompeo meets both foreign ministers). */
export const POMPEO_EXCERPT =
  'Through Secretary of State Mike Pompeo, President Trump’s administration made a new action in international politics for world peace when it intervened this Friday in the global efforts to stop the armed confrontations between Armenia and Azerbaijan, which are currently experiencing intense conflicts.\u00a0\n\n' +
  'The Secretary of State met separately with Armenia and Azerbaijan’s foreign ministers to talk after two failed attempts by Russia to negotiate a ceasefire. The region is experiencing the most hostile struggle in more than a quarter of a century.\u00a0\n\n' +
  '“During separate meetings with Armenian Foreign Minister @ZMnatsakanyan and Azerbaijani Foreign Minister @bayramov_jeyhun, we discussed critical steps to halt the violence in the Nagorno-Karabakh conflict.\n\n' +
  '“Both must implement a ceasefire and return to substantive negotiations.” Mike Pompeo wrote on his Twitter account after the meetings.\n';

/** The file as a Windows editor saves it: byte-order mark and CRLF line endings. */
export function savedOnWindows(text: string): string {
  return `\uFEFF${text.replace(/\n/g, '\r\n')}`;
}

/** UTF-8 bytes, as main hands a picked file to the renderer. */
export function utf8Bytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** The code-point range of the first occurrence of `needle` in `text`. */
export function codePointRangeOf(text: string, needle: string): { start: number; end: number } {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`"${needle}" is not in the text`);
  const start = [...text.slice(0, index)].length;
  return { start, end: start + [...needle].length };
}
