// A web page saved under an import's name (or handed over as "the export") is refused as what
// it is, before any JSON reader sees it: "not valid JSON at column 1" would be true but would
// not tell the analyst what happened. Nothing in such a file is ever run or rendered; the
// message says so, because a page with scripts in an import dialog is worth a word.

import { err, ok, type Result } from '../result.ts';

const MARKUP_START = /^\s*<(?:!doctype\s+html|html|head|body|script|iframe|\?xml|svg|!--)/i;
const ACTIVE_CONTENT = /<script\b|<iframe\b|\son[a-z]+\s*=|javascript:/i;

/** Refuses a file whose text is an HTML, SVG or XML document rather than annotation data. */
export function checkNotMarkup(fileName: string, text: string): Result<void, string> {
  if (!MARKUP_START.test(text)) return ok(undefined);
  const start = text.trimStart().slice(0, 5).toLowerCase();
  const kind = start.startsWith('<?xml')
    ? 'an XML file'
    : start.startsWith('<svg')
      ? 'an SVG image'
      : 'an HTML page';
  const active = ACTIVE_CONTENT.test(text)
    ? '; it contains scripts or event handlers, and none of them was run'
    : '';
  return err(
    `${fileName} is ${kind}, not a Marginalia dataset, W3C Web Annotation or JSONL file${active}`,
  );
}
