import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocxProperties } from './docx-properties.ts';

const core = (properties: string) =>
  strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
  xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">${properties}</cp:coreProperties>`);

describe('readDocxProperties', () => {
  it('reads the title on one line, the authors in order and the language', () => {
    expect(
      readDocxProperties(
        core(`<dc:title>Talks in
          Baku &amp; Yerevan</dc:title><dc:creator>Ann Ó Briain;Bob Two; </dc:creator>
          <dc:language>hy-am</dc:language><dcterms:created>2020-10-02T09:00:00Z</dcterms:created>`),
      ),
    ).toEqual({
      title: 'Talks in Baku & Yerevan',
      metadata: { authors: ['Ann Ó Briain', 'Bob Two'], language: 'hy-AM' },
    });
  });

  it('ignores the names software writes when nobody set one, and a language that is no tag', () => {
    expect(
      readDocxProperties(
        core(
          '<dc:creator>Microsoft Office User</dc:creator><dc:language>English (UK)</dc:language>',
        ),
      ),
    ).toEqual({ title: null, metadata: {} });
    expect(readDocxProperties(core('<dc:creator>Un-named</dc:creator>')).metadata).toEqual({});
  });

  it('says nothing for a package without core properties or with a blank title', () => {
    expect(readDocxProperties(undefined)).toEqual({ title: null, metadata: {} });
    expect(readDocxProperties(core('<dc:title>  </dc:title>'))).toEqual({
      title: null,
      metadata: {},
    });
  });
});
