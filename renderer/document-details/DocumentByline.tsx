import { checkUrl } from '../../app/model/check-document-metadata.ts';
import type { DocumentFields } from '../changes/change.ts';
import { languageName } from './language-name.ts';
import './document-details.css';

/** "Yeni Şafak · Andrew Korybko, Rafi Muslumov · British English · yenisafak.com ↗". */
export function DocumentByline({ fields }: { fields: DocumentFields }) {
  const { source, authors, language, url } = fields;
  const parts = [
    source && (
      <span key="source" className="byline-source" title="Source">
        {source}
      </span>
    ),
    authors && (
      <span key="authors" title="Authors">
        {authors.join(', ')}
      </span>
    ),
    language && (
      <span key="language" title={`Language: ${language}`}>
        {languageName(language)}
      </span>
    ),
    url && <DocumentLink key="url" url={url} />,
  ].filter(Boolean);
  if (parts.length === 0) return null;
  return (
    <p className="document-byline">
      {parts.map((part, index) => [
        index > 0 && (
          <span key={`separator-${index}`} className="byline-separator" aria-hidden>
            ·
          </span>
        ),
        part,
      ])}
    </p>
  );
}

/**
 * The document's URL as a link to the page it came from, shown by its host. It opens a new
 * window, which the desktop app never lets the page become: main/window.ts denies every window,
 * hands an http(s) URL to the system browser, and stops any navigation of the app's window. The
 * URL was checked to be http(s) when it was stored (app/model/check-document-metadata.ts).
 */
export function DocumentLink({ url }: { url: string }) {
  // A URL stored before it was checked (an older dataset, say) is shown, never made a link.
  if (!checkUrl(url).ok) return <span title="URL">{url}</span>;
  return (
    <a
      className="byline-link"
      href={url}
      target="_blank"
      rel="noopener noreferrer"
      title={`Open ${url} in your browser`}
    >
      {hostOf(url)}
      <span aria-hidden> ↗</span>
    </a>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./u, '');
  } catch {
    return url;
  }
}
