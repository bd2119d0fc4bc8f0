import { useState } from 'react';
import type { DocumentSession } from '../document/document-session.ts';
import { DocumentDetailsDialog } from '../document-details/DocumentDetailsDialog.tsx';
import { PublishedInput } from '../library/PublishedInput.tsx';

/**
 * The document's publication date, what its relative dates ("last Friday", "October 26") are
 * resolved against, and the button that edits the rest of its details (source, authors, URL,
 * language; shown under the title by DocumentByline). Set through the session, so each save is
 * one undoable step of the document like any edit.
 */
export function DocumentHeader({ session }: { session: DocumentSession }) {
  const [editing, setEditing] = useState(false);
  return (
    <div className="document-meta">
      <label className="inline-field">
        <span>Published</span>
        <PublishedInput
          value={session.metadata.publishedAt}
          onCommit={(publishedAt) => session.setMetadata({ publishedAt })}
        />
      </label>
      <button type="button" className="button small" onClick={() => setEditing(true)}>
        Edit details
      </button>
      {editing && (
        <DocumentDetailsDialog
          fields={session.metadata}
          onSave={(patch) => session.setMetadata(patch)}
          onClose={() => setEditing(false)}
        />
      )}
    </div>
  );
}
