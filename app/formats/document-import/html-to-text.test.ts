import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-to-text.ts';

const savedPage = `<!DOCTYPE html>
<html>
<head>
  <meta charset="utf-8">
  <title>Talks in   Baku &amp; Yerevan</title>
  <style>p { color: red; } .x::before { content: "STYLE-TEXT"; }</style>
  <script>document.title = "SCRIPT-TEXT";</script>
</head>
<body onload="steal()">
  <nav><a href="/">Home</a></nav>
  <h1>Peace   talks</h1>
  <p onclick="alert('ONCLICK-TEXT')">Azerbaijan&rsquo;s foreign
     minister met his <b>Armenian</b>
     counterpart&nbsp;in&#160;Washington.</p>
  <script>alert(1)</script>
  <p>&ldquo;We are close,&rdquo; said Əliyev &lt;not a tag&gt; &#x1F600;</p>
  <p>   </p>
  <div>First<br>second<br/>third</div>
  <noscript>NOSCRIPT-TEXT</noscript>
  <template><p>TEMPLATE-TEXT</p></template>
  <iframe src="https://example.org">IFRAME-TEXT</iframe>
  <svg><title>SVG-TITLE</title><text>SVG-TEXT</text></svg>
  <object data="x.swf">OBJECT-TEXT</object>
  <ul><li>one</li><li>two <i>words</i></li></ul>
  <table><tr><td>Baku</td><td>2020</td></tr><tr><th>Yerevan</th><th>2023</th></tr></table>
  <!-- COMMENT-TEXT -->
</body>
</html>`;

describe('htmlToText', () => {
  const { title, text } = htmlToText(savedPage);

  it('keeps the readable text, one paragraph per line', () => {
    expect(text).toBe(
      [
        'Home',
        'Peace talks',
        'Azerbaijan’s foreign minister met his Armenian counterpart\u00a0in\u00a0Washington.',
        '“We are close,” said Əliyev <not a tag> 😀',
        'First',
        'second',
        'third',
        'one',
        'two words',
        'Baku 2020',
        'Yerevan 2023',
      ].join('\n'),
    );
  });

  it('drops scripts, styles, event handlers, comments and embedded content', () => {
    expect(text).not.toMatch(
      /SCRIPT|STYLE|ONCLICK|NOSCRIPT|TEMPLATE|IFRAME|SVG|OBJECT|COMMENT|alert|steal|color/,
    );
  });

  it('takes the title from <title>, collapsing white space and decoding entities', () => {
    expect(title).toBe('Talks in Baku & Yerevan');
  });

  it('falls back to the first h1 for the title, then to null', () => {
    expect(
      htmlToText('<svg><title>icon</title></svg><h1>Peace <br>talks</h1><h1>Other</h1>').title,
    ).toBe('Peace talks');
    expect(htmlToText('<title>  </title><p>text</p>').title).toBeNull();
    expect(htmlToText('<p>text</p>').title).toBeNull();
  });

  it('keeps white space inside pre, one line per line', () => {
    expect(
      htmlToText('<p>before</p><pre>\n  indented\tcode\n\n  more   </pre><p>after</p>').text,
    ).toBe('before\n  indented\tcode\n  more\nafter');
  });

  it('collapses white space between inline elements to one space and trims paragraphs', () => {
    expect(htmlToText('<p>  a <b> b </b>  <i>c</i>\n</p>').text).toBe('a b c');
    expect(htmlToText('<div>a<div>b</div>c</div>').text).toBe('a\nb\nc');
  });

  it('drops paragraphs of nothing but white space, NBSP included', () => {
    expect(htmlToText('<p>one</p><p>&nbsp;</p><p>\u2003</p><p>two</p>').text).toBe('one\ntwo');
  });

  it('returns empty text for a document without any', () => {
    expect(
      htmlToText('<html><head><title>Empty</title></head><body><script>x()</script></body></html>'),
    ).toEqual({
      title: 'Empty',
      text: '',
      metadata: {},
    });
  });

  it('reads what the head says: publisher, authors, canonical URL, language, day', () => {
    const page = `<!doctype html><html lang="en-gb"><head>
      <title>Talks resume</title>
      <meta property="og:site_name" content="Caucasus Wire">
      <meta name="author" content="Ana Petrosyan; Ben Aliyev">
      <meta property="article:author" content="https://example.org/staff/ana">
      <link rel="canonical" href="https://example.org/talks">
      <meta property="og:url" content="https://example.org/talks?ref=og">
      <meta property="article:published_time" content="2020-10-26T08:00:00Z">
      </head><body><p>Text.</p></body></html>`;
    expect(htmlToText(page).metadata).toEqual({
      source: 'Caucasus Wire',
      authors: ['Ana Petrosyan', 'Ben Aliyev'],
      url: 'https://example.org/talks',
      language: 'en-gb',
      publishedAt: '2020-10-26',
    });
  });

  it('reads Dublin Core and citation tags when the social ones are absent', () => {
    const page = `<head><meta name="DC.publisher" content="Ministry of Foreign Affairs">
      <meta name="citation_author" content="Nikol Pashinyan">
      <meta name="DC.language" content="hy"><meta name="DC.date" content="2021-01-11">
      <meta property="og:url" content="https://mfa.example/statement"></head><p>x</p>`;
    expect(htmlToText(page).metadata).toEqual({
      source: 'Ministry of Foreign Affairs',
      authors: ['Nikol Pashinyan'],
      url: 'https://mfa.example/statement',
      language: 'hy',
      publishedAt: '2021-01-11',
    });
  });

  it('says nothing when the head says nothing, and reads no metadata inside an SVG', () => {
    expect(htmlToText('<p>plain</p>').metadata).toEqual({});
    expect(
      htmlToText('<svg><meta name="author" content="Icon maker"></svg><p>x</p>').metadata,
    ).toEqual({});
  });

  it('handles an unclosed script by dropping the rest, never showing code', () => {
    expect(htmlToText('<p>kept</p><script>alert("x")').text).toBe('kept');
  });
});
