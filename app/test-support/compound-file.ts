// TEST SUPPORT: a minimal OLE2 compound file ([MS-CFB], version 3), the container of Word
// 97–2003 .doc files and of password-protected .docx files, so that the Word importer's
// refusals are tested on the real structure rather than on a bare signature.

const SECTOR = 512;
const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;
const NO_STREAM = 0xffffffff;
/** Streams this size or larger live in ordinary sectors: no mini stream to write. */
const MINI_STREAM_CUTOFF = 4096;

/** A compound file whose root storage holds these streams (each padded to 4096 bytes). */
export function compoundFile(streams: Record<string, Uint8Array>): Uint8Array {
  const entries = Object.entries(streams).map(([name, data]) => {
    const padded = new Uint8Array(Math.max(data.length, MINI_STREAM_CUTOFF));
    padded.set(data);
    return { name, data: padded };
  });
  if (entries.length > 3) throw new Error('compoundFile writes one directory sector: 3 streams');
  const streamSectors = entries.map(({ data }) => Math.ceil(data.length / SECTOR));
  const sectorCount = 2 + streamSectors.reduce((sum, count) => sum + count, 0);
  const file = new Uint8Array(SECTOR * (1 + sectorCount));
  const view = new DataView(file.buffer);

  // Header.
  file.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  view.setUint16(0x18, 0x003e, true); // minor version
  view.setUint16(0x1a, 0x0003, true); // major version 3: 512-byte sectors
  view.setUint16(0x1c, 0xfffe, true); // little-endian
  view.setUint16(0x1e, 9, true); // sector shift
  view.setUint16(0x20, 6, true); // mini sector shift
  view.setUint32(0x2c, 1, true); // FAT sectors
  view.setUint32(0x30, 1, true); // first directory sector
  view.setUint32(0x38, MINI_STREAM_CUTOFF, true);
  view.setUint32(0x3c, END_OF_CHAIN, true); // no mini FAT
  view.setUint32(0x44, END_OF_CHAIN, true); // no DIFAT sectors
  view.setUint32(0x4c, 0, true); // DIFAT[0]: the FAT is sector 0
  for (let index = 1; index < 109; index++) view.setUint32(0x4c + index * 4, FREE, true);

  // FAT (sector 0): itself, the directory (sector 1), then each stream's chain.
  const fat = (sector: number, next: number) => view.setUint32(SECTOR + sector * 4, next, true);
  for (let sector = 0; sector < SECTOR / 4; sector++) fat(sector, FREE);
  fat(0, FAT_SECTOR);
  fat(1, END_OF_CHAIN);
  let next = 2;
  const starts = streamSectors.map((count) => {
    const start = next;
    for (let sector = start; sector < start + count; sector++)
      fat(sector, sector === start + count - 1 ? END_OF_CHAIN : sector + 1);
    next += count;
    return start;
  });

  // Directory (sector 1): the root storage, then the streams as a chain of right siblings.
  const directory = SECTOR * 2;
  const entry = (index: number, name: string, type: number, start: number, size: number) => {
    const at = directory + index * 128;
    for (let char = 0; char < name.length; char++)
      view.setUint16(at + char * 2, name.charCodeAt(char), true);
    view.setUint16(at + 0x40, (name.length + 1) * 2, true);
    file[at + 0x42] = type;
    file[at + 0x43] = 1; // black
    view.setUint32(at + 0x44, NO_STREAM, true); // left sibling
    view.setUint32(at + 0x48, NO_STREAM, true); // right sibling
    view.setUint32(at + 0x4c, NO_STREAM, true); // child
    view.setUint32(at + 0x74, start, true);
    view.setUint32(at + 0x78, size, true);
    return at;
  };
  const root = entry(0, 'Root Entry', 5, END_OF_CHAIN, 0);
  if (entries.length > 0) view.setUint32(root + 0x4c, 1, true);
  entries.forEach(({ name, data }, index) => {
    const at = entry(index + 1, name, 2, starts[index]!, data.length);
    if (index + 1 < entries.length) view.setUint32(at + 0x48, index + 2, true);
    file.set(data, SECTOR * (1 + starts[index]!));
  });
  return file;
}
