import type { DocumentSession } from '../document/document-session.ts';
import { PublishedInput } from '../library/PublishedInput.tsx';

/**
 * The document's publication date, what its relative dates ("last Friday", "October 26") are
 * resolved against. Set through the session, so it is one undoable step like any edit.
 */
export function DocumentHeader({ session }: { session: DocumentSession }) {
  return (
    <div className="document-meta">
      <label className="inline-field">
        <span>Published</span>
        <PublishedInput value={session.metadata.publishedAt} onCommit={(publishedAt) => session.setMetadata({ publishedAt })} />
      </label>
    </div>
  );
}
