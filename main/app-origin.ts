// The renderer's one origin. A registered standard + secure custom scheme gives a fixed origin
// (app://marginalia), unlike file:// whose origin is opaque, so IndexedDB — where every
// annotation lives — is found again after a restart, a move of the install folder or an update.

export const APP_SCHEME = 'app';
export const APP_HOST = 'marginalia';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/**
 * Whether `url` belongs to the app's own origin. Compares scheme and host by hand: WHATWG URL
 * (in Node) reports the origin of a non-special scheme as "null", so `.origin` cannot be used.
 */
export function isAppUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return (
    parsed !== undefined &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** Whether a link may be handed to the user's browser: plain http(s) only, never file: or custom schemes. */
export function isExternalWebUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed !== undefined && (parsed.protocol === 'https:' || parsed.protocol === 'http:');
}
