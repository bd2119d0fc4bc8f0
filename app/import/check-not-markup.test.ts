import { describe, expect, it } from 'vitest';
import { checkNotMarkup } from './check-not-markup.ts';

describe('checkNotMarkup', () => {
  it('refuses an HTML page and says its scripts were not run', () => {
    const page = '<!DOCTYPE html>\n<html><body onload="alert(1)"><p>Export</p></body></html>';
    expect(checkNotMarkup('export.json', page)).toEqual({
      ok: false,
      error:
        'export.json is an HTML page, not a Marginalia dataset, W3C Web Annotation or JSONL file; it contains scripts or event handlers, and none of them was run',
    });
  });

  it('names SVG and XML for what they are', () => {
    expect(checkNotMarkup('a.json', '<svg xmlns="http://www.w3.org/2000/svg"/>')).toMatchObject({
      error: 'a.json is an SVG image, not a Marginalia dataset, W3C Web Annotation or JSONL file',
    });
    expect(checkNotMarkup('a.json', '  <?xml version="1.0"?><a/>')).toMatchObject({
      error: 'a.json is an XML file, not a Marginalia dataset, W3C Web Annotation or JSONL file',
    });
  });

  it('lets JSON through, even with markup inside its strings', () => {
    expect(checkNotMarkup('a.json', '{"note": "<script>alert(1)</script>"}')).toEqual({
      ok: true,
      value: undefined,
    });
    expect(checkNotMarkup('a.jsonl', '{"text": "<html>"}\n')).toMatchObject({ ok: true });
  });
});
