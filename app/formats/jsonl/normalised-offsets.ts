// Offsets into a text, carried over to the same text after normaliseText. A JSONL line's spans
// count code points of the text as the file has it; Marginalia keeps the normalised text (no
// BOM, LF line endings, NFC), so every span after a CRLF or a decomposed accent would otherwise
// be shifted. Each step is mapped:
// - leading BOMs and the CR of a CRLF disappear: offsets in or after them move back;
// - NFC only ever changes text *between* two code points below U+0300 (or CJK ideographs):
//   those are starters that never combine with what precedes them, so the text splits there
//   into segments that normalise independently. Inside a segment NFC changed, an offset maps
//   only where the segment splits cleanly (its two halves normalise to the whole); an offset in
//   the middle of a sequence NFC merged, like between "e" and a combining acute, has no place.

import { normaliseText } from '../../text/normalise.ts';

export interface NormalisedOffsets {
  /** normaliseText of the original. */
  text: string;
  /** Whether normalisation changed the text (so offsets may move). */
  changed: boolean;
  /**
   * The offset in `text` of a code-point offset in the original (0 ≤ offset ≤ its length), or
   * undefined when it falls inside a sequence that normalisation merged.
   */
  map(offset: number): number | undefined;
}

/** The normalised text and how its offsets relate to the original's. */
export function normaliseWithOffsets(original: string): NormalisedOffsets {
  const text = normaliseText(original);
  if (text === original) return { text, changed: false, map: (offset) => offset };

  const codePoints = [...original];
  let i = 0;
  while (codePoints[i] === '\uFEFF') i++;
  // One unit per code point that survives line-ending normalisation: CRLF and lone CR become LF.
  const units: { rawStart: number; rawEnd: number; character: string }[] = [];
  for (; i < codePoints.length; i++) {
    if (codePoints[i] === '\r') {
      const end = codePoints[i + 1] === '\n' ? i + 2 : i + 1;
      units.push({ rawStart: i, rawEnd: end, character: '\n' });
      i = end - 1;
    } else units.push({ rawStart: i, rawEnd: i + 1, character: codePoints[i]! });
  }

  const outputAt = new Array<number | undefined>(codePoints.length + 1);
  outputAt.fill(0, 0, (units[0]?.rawStart ?? codePoints.length) + 1); // offsets in the BOMs
  let output = 0;
  let rebuilt = '';
  for (let start = 0; start < units.length;) {
    let end = start + 1;
    while (end < units.length && !isSegmentStart(units[end]!.character)) end++;
    const segment = units.slice(start, end);
    const segmentText = segment.map((unit) => unit.character).join('');
    const normalised = segmentText.normalize('NFC');
    let at = 0; // UTF-16 index in segmentText of the current unit
    segment.forEach((unit, k) => {
      const mapped = normalised === segmentText ? k : splitAt(segmentText, at, normalised);
      for (let raw = unit.rawStart; raw < unit.rawEnd; raw++)
        outputAt[raw] = mapped === undefined ? undefined : output + mapped;
      at += unit.character.length;
    });
    output += [...normalised].length;
    rebuilt += normalised;
    start = end;
  }
  outputAt[codePoints.length] = output;
  // The segmentation rests on a property of Unicode; if a future Unicode version broke it, map
  // nothing rather than something wrong.
  if (rebuilt !== text)
    return {
      text,
      changed: true,
      map: (offset) =>
        offset === 0 ? 0 : offset === codePoints.length ? [...text].length : undefined,
    };
  return { text, changed: true, map: (offset) => outputAt[offset] };
}

/** Longest changed segment whose inner offsets are tried (each try normalises the segment). */
const MAX_SPLIT_SEGMENT = 256;

/**
 * Where the split of a segment NFC changed, at UTF-16 index `at`, lands in its NFC form (in
 * code points), or undefined when the two halves do not normalise to the whole.
 */
function splitAt(segment: string, at: number, normalised: string): number | undefined {
  if (at === 0) return 0;
  if (segment.length > MAX_SPLIT_SEGMENT) return undefined;
  const head = segment.slice(0, at).normalize('NFC');
  return head + segment.slice(at).normalize('NFC') === normalised ? [...head].length : undefined;
}

function isSegmentStart(character: string): boolean {
  const codePoint = character.codePointAt(0)!;
  return codePoint < 0x300 || (codePoint >= 0x4e00 && codePoint <= 0x9fff);
}
