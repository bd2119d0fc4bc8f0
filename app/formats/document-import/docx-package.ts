// A .docx is a ZIP package of XML parts. Before any parser sees it we check that it is one,
// tell apart the files people rename to .docx (an old binary .doc, an encrypted .docx, RTF),
// and decompress only its XML parts, with a cap: a ZIP bomb of a few kilobytes can declare
// gigabytes. Images and other media are never decompressed: Marginalia drops them anyway.

import { unzipSync, zipSync } from 'fflate';

/** What Marginalia reads of a package at most, uncompressed: far above any real report's XML. */
export const MAX_DOCX_XML_BYTES = 200 * 1024 * 1024;

export interface DocxPackage {
  /** The XML parts (`word/document.xml`, `docProps/core.xml`, `_rels/.rels`…) by path. */
  parts: Record<string, Uint8Array>;
  /** The same parts packed again, uncompressed: what mammoth reads. */
  zip: Uint8Array;
}

const ZIP_SIGNATURES = [
  [0x50, 0x4b, 0x03, 0x04], // a local file header: every non-empty ZIP starts so
  [0x50, 0x4b, 0x05, 0x06], // the end of an empty ZIP
];
/** OLE2 compound file: Word 97–2003 .doc, and Office's container for an encrypted .docx. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const RTF_SIGNATURE = [...'{\\rtf'].map((character) => character.charCodeAt(0));

/**
 * The package's XML parts, decompressed within MAX_DOCX_XML_BYTES; throws an Error whose
 * message is the reason, to follow the file's name ("is password-protected…").
 */
export function readDocxPackage(
  bytes: Uint8Array,
  maxXmlBytes: number = MAX_DOCX_XML_BYTES,
): DocxPackage {
  if (!ZIP_SIGNATURES.some((signature) => startsWith(bytes, signature))) {
    throw new Error(notAZipReason(bytes));
  }
  let declaredBytes = 0;
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, {
      // Called for every entry before it is inflated, with the size its header declares; a
      // header that understates it only truncates the part (fflate inflates into a buffer of
      // the declared size), and the XML parser then refuses it as damaged.
      filter: ({ name, originalSize }) => {
        if (!isXmlPart(name)) return false;
        declaredBytes += originalSize;
        if (declaredBytes > maxXmlBytes) throw new TooLarge();
        return true;
      },
    });
  } catch (error) {
    if (error instanceof TooLarge) {
      throw new Error(
        `is too large to read: its text parts would take more than ${formatMegabytes(maxXmlBytes)} once decompressed (a damaged file or a ZIP bomb)`,
        { cause: error },
      );
    }
    throw new Error(
      `is not a Word document (.docx): its ZIP package is damaged (${reasonOf(error)})`,
      { cause: error },
    );
  }
  if (parts['[Content_Types].xml'] === undefined) {
    throw new Error(
      'is not a Word document (.docx): it is a ZIP file, but not an Office document package',
    );
  }
  // Stored, not deflated: packing is a copy, and mammoth reads exactly the bytes checked here.
  return { parts, zip: zipSync(parts, { level: 0 }) };
}

function notAZipReason(bytes: Uint8Array): string {
  if (startsWith(bytes, OLE_SIGNATURE)) {
    // An encrypted .docx is an OLE file holding the package as a stream of this name.
    if (containsUtf16Name(bytes, 'EncryptedPackage')) {
      return 'is password-protected: Marginalia cannot read an encrypted Word document; remove its password in Word (File → Info → Protect Document) and import it again';
    }
    if (containsUtf16Name(bytes, 'WordDocument')) {
      return 'is an old Word 97–2003 document (.doc) renamed .docx: open it in Word or LibreOffice, save it as a Word Document (.docx) and import that';
    }
    return 'is not a Word document (.docx): it is an older Office binary file';
  }
  if (startsWith(bytes, RTF_SIGNATURE)) {
    return 'is not a Word document (.docx): it is an RTF file; save it as a Word Document (.docx) and import that';
  }
  return 'is not a Word document (.docx): a .docx file is a ZIP package, and this file is not one';
}

/** The parts mammoth and the properties reader parse; media and embedded files are skipped. */
function isXmlPart(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.endsWith('.xml') || lower.endsWith('.rels');
}

/** OLE stores stream names in UTF-16LE in its directory sectors. */
function containsUtf16Name(bytes: Uint8Array, name: string): boolean {
  const pattern = new Uint8Array(name.length * 2);
  for (let index = 0; index < name.length; index++) pattern[index * 2] = name.charCodeAt(index);
  outer: for (let start = 0; start + pattern.length <= bytes.length; start++) {
    for (let offset = 0; offset < pattern.length; offset++) {
      if (bytes[start + offset] !== pattern[offset]) continue outer;
    }
    return true;
  }
  return false;
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

class TooLarge extends Error {}

function formatMegabytes(bytes: number): string {
  const megabytes = bytes / 1024 / 1024;
  return `${Number.isInteger(megabytes) ? megabytes : megabytes.toFixed(1)} MB`;
}
