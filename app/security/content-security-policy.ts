// The one Content-Security-Policy of the renderer. Electron's main process sends it with every
// app:// response and Vite's preview server (`npm run web`, the e2e tests) sends it too, so the
// browser build is exercised under exactly the policy the desktop app ships with.

/** Directive → sources; kept as data so tests can ask about one directive. */
export const CONTENT_SECURITY_POLICY_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  // The document conversion worker, the library worker (renderer/long-work/) and pdf.js's worker
  // are files of the build: never a blob: or data: URL, which would let a string become code, and
  // never another origin.
  'worker-src': ["'self'"],
  // React and Lexical set inline style attributes; styles cannot run code, scripts can.
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'frame-ancestors': ["'none'"],
  'form-action': ["'none'"],
} as const satisfies Record<string, readonly string[]>;

/** The header value: `default-src 'self'; script-src 'self'; …`. */
export const CONTENT_SECURITY_POLICY = Object.entries(CONTENT_SECURITY_POLICY_DIRECTIVES)
  .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
  .join('; ');
