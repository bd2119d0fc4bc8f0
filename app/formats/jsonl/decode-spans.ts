// The span lists JSONL tools write, each read into [start, end, label] with a JSON Pointer (into
// the line) for every value a message may need to name:
//   "spans":    [{"start": 0, "end": 5, "label": "X"}]                 Marginalia, spaCy/Prodigy
//   "entities": [{"start_offset": 0, "end_offset": 5, "label": "X"}]   doccano 1.6+ exports
//   "label":    [[0, 5, "X"]]  (or "labels")                            doccano sequence labelling

import { describeValue } from '../dataset/describe-value.ts';
import { childPointer } from '../dataset/json-pointer.ts';
import { isRecord } from '../dataset/semantic-checks.ts';

export type SpanKey = 'spans' | 'entities' | 'label' | 'labels';

/** The keys in the order they are looked for; a line uses the first it has. */
export const SPAN_KEYS: readonly SpanKey[] = ['spans', 'entities', 'label', 'labels'];

export interface RawSpan {
  start: number;
  end: number;
  label: string;
  /** Pointers (within the line) of the span, its start and its end. */
  path: string;
  startPath: string;
  endPath: string;
  /** The span object itself (not for triples), where ids, entities and values are read. */
  object?: Record<string, unknown>;
}

export interface SpanProblem {
  path: string;
  message: string;
}

/** The spans under `key`, and what is wrong with those that are not spans. */
export function readSpans(
  line: Record<string, unknown>,
  key: SpanKey,
): { spans: RawSpan[]; problems: SpanProblem[] } {
  const listPath = childPointer('', key);
  const list = line[key];
  const problems: SpanProblem[] = [];
  const spans: RawSpan[] = [];
  if (!Array.isArray(list)) {
    problems.push({
      path: listPath,
      message: `expected an array of spans, found ${describeValue(list)}`,
    });
    return { spans, problems };
  }
  list.forEach((item: unknown, i) => {
    const path = childPointer(listPath, i);
    const fields =
      key === 'spans'
        ? ['start', 'end', 'label']
        : key === 'entities'
          ? ['start_offset', 'end_offset', 'label']
          : [0, 1, 2];
    let values: unknown[];
    if (key === 'label' || key === 'labels') {
      if (!Array.isArray(item) || item.length !== 3) {
        const wholeDocument =
          typeof item === 'string'
            ? ' (a label of the whole document, as text-classification exports have; only labelled spans can be imported)'
            : '';
        problems.push({
          path,
          message: `expected a span [start, end, "LABEL"], found ${describeValue(item)}${wholeDocument}`,
        });
        return;
      }
      values = item;
    } else {
      if (!isRecord(item)) {
        problems.push({ path, message: `expected a span object, found ${describeValue(item)}` });
        return;
      }
      values = fields.map((field) => item[field as string]);
    }
    const [startPath, endPath, labelPath] = fields.map((field) => childPointer(path, field));
    const [start, end, label] = values;
    const before = problems.length;
    for (const [value, valuePath] of [
      [start, startPath],
      [end, endPath],
    ] as const)
      if (!Number.isSafeInteger(value) || (value as number) < 0)
        problems.push({
          path: valuePath!,
          message: `expected a non-negative integer (code points), found ${describeValue(value)}`,
        });
    if (typeof label !== 'string' || label === '')
      problems.push({
        path: labelPath!,
        message: `expected the label as a non-empty string, found ${describeValue(label)}`,
      });
    if (problems.length === before && (end as number) <= (start as number))
      problems.push({
        path: endPath!,
        message: `expected an end greater than start (${start as number}), found ${end as number}`,
      });
    if (problems.length === before)
      spans.push({
        start: start as number,
        end: end as number,
        label: label as string,
        path,
        startPath: startPath!,
        endPath: endPath!,
        ...(isRecord(item) ? { object: item } : {}),
      });
  });
  return { spans, problems };
}
