import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl, isExternalWebUrl } from './app-origin.ts';

describe('isAppUrl', () => {
  it('accepts pages of app://marginalia', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://marginalia/assets/index.js?x=1#top')).toBe(true);
  });

  it.each([
    'app://marginalia.evil.example/index.html',
    'app://other/index.html',
    'app://user@marginalia/index.html',
    'file:///index.html',
    'https://marginalia/index.html',
    'devtools://devtools/bundled/inspector.html',
    'about:blank',
    'not a url',
    '',
  ])('refuses %j', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('isExternalWebUrl', () => {
  it('accepts http and https links', () => {
    expect(isExternalWebUrl('https://example.org/a')).toBe(true);
    expect(isExternalWebUrl('http://example.org/')).toBe(true);
  });

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://host/share',
    'app://marginalia/',
    'mailto:a@b.c',
  ])('never hands %j to the system', (url) => {
    expect(isExternalWebUrl(url)).toBe(false);
  });
});
