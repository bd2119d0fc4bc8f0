import { describe, expect, it } from 'vitest';
import { markdownToText } from './markdown-to-text.ts';

describe('markdownToText', () => {
  it('turns Markdown into paragraphs on lines, without markup', () => {
    const source = [
      'Intro paragraph with *emphasis*,',
      'wrapped over two lines and a [link](https://example.org).',
      '',
      '## The **Karabakh** talks',
      '',
      '- Azerbaijan’s offer',
      '- Armenia’s reply',
      '',
      '> “We are close,” said Əliyev.',
      '',
      '```',
      'code  stays',
      '```',
    ].join('\n');
    expect(markdownToText(source)).toEqual({
      title: 'The Karabakh talks',
      text: [
        'Intro paragraph with emphasis, wrapped over two lines and a link.',
        'The Karabakh talks',
        'Azerbaijan’s offer',
        'Armenia’s reply',
        '“We are close,” said Əliyev.',
        'code  stays',
      ].join('\n'),
      metadata: {},
    });
  });

  it('strips raw HTML the same way as an HTML import', () => {
    const source =
      '# Title\n\n<script>alert(1)</script>\n\nText <span onclick="x()">here</span> &amp; <style>p{}</style>there.';
    expect(markdownToText(source)).toEqual({
      title: 'Title',
      text: 'Title\nText here & there.',
      metadata: {},
    });
  });

  it('has no title without a heading', () => {
    expect(markdownToText('Just a paragraph.')).toEqual({
      title: null,
      text: 'Just a paragraph.',
      metadata: {},
    });
  });

  it('keeps characters that look like Markdown inside code', () => {
    expect(markdownToText('Use `a_b*c` here').text).toBe('Use a_b*c here');
  });
});
