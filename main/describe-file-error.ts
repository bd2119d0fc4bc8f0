// Why a file could not be read or written, in a few words. Node's own messages lead with the
// code and repeat the path ("ENOENT: no such file or directory, open '/x/y.json'"), and every
// caller has already named the file. The desktop app and the command line word two cases
// differently (a dialog says "folder", a terminal says "directory"), so each passes its words.

/** The words for the errors whose wording depends on where they are shown. */
export interface FileErrorWording {
  /** ENOENT: the file, or the folder it should be in, does not exist. */
  missing: string;
  /** EISDIR: a folder where a file was expected. */
  isFolder: string;
}

/** The desktop app's wording (its dialogs say "folder"). */
export const APP_FILE_ERROR_WORDING: FileErrorWording = {
  missing: 'no such file or folder',
  isFolder: 'it is a folder, not a file',
};

/** The error's Node code (ENOENT, EACCES, …), if it has one. */
export function fileErrorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A file-system error as a short reason; an unknown error keeps its own message. */
export function describeFileError(
  error: unknown,
  wording: FileErrorWording = APP_FILE_ERROR_WORDING,
): string {
  switch (fileErrorCode(error)) {
    case 'ENOENT':
      return wording.missing;
    case 'EISDIR':
      return wording.isFolder;
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOSPC':
      return 'the disk is full';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
