// The entity list in and out as CSV files. Saving goes through the platform (a save dialog in
// Electron, a download in the browser). Opening uses a file input: the platform's open dialogs
// offer documents and datasets only, and a file input works the same in Electron's renderer.

import { decodeEntityCsv, encodeEntityCsv } from '../../app/formats/entity-csv/index.ts';
import type { OpenDocumentsResult, SaveFileResult } from '../../app/ipc/contract.ts';
import type { Entity } from '../../app/model/entity.ts';
import { readBrowserFiles, type Platform } from '../platform/platform.ts';

/** Writes the list as `entities.csv` where the analyst chooses. */
export function saveEntityCsv(
  platform: Platform,
  entities: readonly Entity[],
): Promise<SaveFileResult> {
  return platform.saveFile({
    suggestedName: 'entities.csv',
    content: encodeEntityCsv(entities),
    filters: [{ name: 'CSV', extensions: ['csv'] }],
  });
}

/** Asks for one CSV file; no file when the analyst cancels. */
export function pickEntityCsvFile(): Promise<OpenDocumentsResult> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.csv,text/csv';
    input.addEventListener(
      'change',
      () => void readBrowserFiles([...(input.files ?? [])]).then(resolve),
    );
    input.addEventListener('cancel', () => resolve({ files: [], refused: [] }));
    input.click();
  });
}

export type ReadEntityCsv =
  | { ok: true; fileName: string; entities: Entity[]; warnings: string[] }
  | { ok: false; fileName: string; problems: string[] };

/**
 * The entities of a picked file, or its problems each naming the file and line
 * ("team.csv, line 4, kind: “company” is not one of …"). Bytes must be UTF-8.
 */
export function readEntityCsv(name: string, bytes: Uint8Array): ReadEntityCsv {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      fileName: name,
      problems: [`${name} is not UTF-8 text: save it as CSV UTF-8`],
    };
  }
  const decoded = decodeEntityCsv(text, name);
  if (!decoded.ok) {
    return {
      ok: false,
      fileName: name,
      problems: decoded.issues.map((issue) =>
        issue.message.startsWith(name) ? issue.message : `${name}, ${issue.message}`,
      ),
    };
  }
  return { ok: true, fileName: name, entities: decoded.entities, warnings: decoded.warnings };
}
