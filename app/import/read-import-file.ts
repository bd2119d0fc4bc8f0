// Reading an annotation file the analyst chose, from bytes to a plan, each step refusing with a
// precise message before the next runs: the size (before the bytes become a string), the
// encoding, a web page in disguise, the format and its schema, then anchoring and planning
// against the library. The result is a plan with nothing blocking it, or the refusal to show;
// the library is untouched either way, since writing the plan is the caller's one transaction.
//
// In two halves for the renderer, which reads from the database only the documents the file
// names (referencedDocumentIds) between decoding and planning; readImportFile is both at once.

import type { DocumentId } from '../model/ids.ts';
import { err, ok, type Result } from '../result.ts';
import { documentIdOf } from '../text/document-id.ts';
import { normaliseText } from '../text/normalise.ts';
import type { ImportBundle, ImportIssue } from './bundle.ts';
import { checkImportFileSize } from './check-import-file-size.ts';
import { checkNotMarkup } from './check-not-markup.ts';
import { decodeImportBytes } from './decode-import-bytes.ts';
import { decodeImportFile } from './decode-import-file.ts';
import { describeImportIssues } from './describe-plan.ts';
import { planImport } from './plan.ts';
import type { ImportPlan, LibrarySnapshot, PlanOptions } from './plan-types.ts';

/** Why nothing from a file can be imported. */
export interface ImportRefusal {
  fileName: string;
  issues: ImportIssue[];
  /** describeImportIssues: the lines the import dialog shows. */
  summary: string[];
}

/** From the file's bytes to an import plan, or the reasons it cannot be imported. Never throws. */
export function readImportFile(
  fileName: string,
  bytes: Uint8Array,
  library: LibrarySnapshot,
  options: PlanOptions,
): Result<ImportPlan, ImportRefusal> {
  const decoded = decodeImportUpload(fileName, bytes);
  return decoded.ok ? planDecodedImport(fileName, decoded.value, library, options) : decoded;
}

/** The first half: the file's bytes checked and decoded into a bundle. Never throws. */
export function decodeImportUpload(
  fileName: string,
  bytes: Uint8Array,
): Result<ImportBundle, ImportRefusal> {
  return guarded(fileName, () => {
    const size = checkImportFileSize(fileName, bytes.byteLength);
    if (!size.ok) return refuse(fileName, [{ path: '', message: size.error }]);
    const text = decodeImportBytes(fileName, bytes);
    if (!text.ok) return refuse(fileName, [{ path: '', message: text.error }]);
    const notMarkup = checkNotMarkup(fileName, text.value);
    if (!notMarkup.ok) return refuse(fileName, [{ path: '', message: notMarkup.error }]);
    const bundle = decodeImportFile(fileName, text.value);
    return bundle.ok ? bundle : refuse(fileName, bundle.error);
  });
}

/**
 * The ids of the documents a bundle names or carries (the hash of its normalised text when it
 * carries the text): what the library snapshot must hold for planning.
 */
export function referencedDocumentIds(bundle: ImportBundle): DocumentId[] {
  const ids = new Set<DocumentId>();
  for (const document of bundle.documents) {
    if (typeof document.text === 'string') ids.add(documentIdOf(normaliseText(document.text)));
    else if (typeof document.id === 'string') ids.add(document.id);
  }
  return [...ids];
}

/** The second half: the bundle anchored and planned against the library. Never throws. */
export function planDecodedImport(
  fileName: string,
  bundle: ImportBundle,
  library: LibrarySnapshot,
  options: PlanOptions,
): Result<ImportPlan, ImportRefusal> {
  return guarded(fileName, () => {
    const plan = planImport(bundle, library, options);
    return plan.issues.length > 0 ? refuse(fileName, plan.issues) : ok(plan);
  });
}

function refuse(fileName: string, issues: ImportIssue[]): { ok: false; error: ImportRefusal } {
  return err({ fileName, issues, summary: describeImportIssues(issues, fileName) });
}

function guarded<T>(
  fileName: string,
  read: () => Result<T, ImportRefusal>,
): Result<T, ImportRefusal> {
  try {
    return read();
  } catch (error) {
    // A bug, not bad input: every check returns its problems as values. Refusing keeps the
    // library untouched, and the fuzz tests fail if this message ever appears.
    return refuse(fileName, [
      { path: '', message: `${fileName} could not be read: ${String(error)}` },
    ]);
  }
}
