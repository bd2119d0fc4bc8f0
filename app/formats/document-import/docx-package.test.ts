import { Document, ImageRun, Packer, Paragraph } from 'docx';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { corpusReport } from '../../test-support/corpus.ts';
import { readDocxPackage } from './docx-package.ts';

describe('readDocxPackage', () => {
  it('decompresses the XML parts only: a picture is never inflated, let alone encoded', async () => {
    // Random bytes do not compress: a 2 MB "photo" stays 2 MB in the package.
    const photo = new Uint8Array(2 * 1024 * 1024).map((_, index) => (index * 2654435761) >>> 24);
    const bytes = new Uint8Array(
      await Packer.toBuffer(
        new Document({
          sections: [
            {
              children: [
                new Paragraph(corpusReport('002_').split('\n')[0]!),
                new Paragraph({
                  children: [
                    new ImageRun({
                      type: 'jpg',
                      data: photo,
                      transformation: { width: 640, height: 480 },
                    }),
                  ],
                }),
              ],
            },
          ],
        }),
      ),
    );
    expect(Object.keys(unzipSync(bytes))).toContain('word/media/image1.jpg');

    const { parts, zip } = readDocxPackage(bytes);
    const names = Object.keys(parts);
    expect(names).toEqual(expect.arrayContaining(['word/document.xml', '[Content_Types].xml']));
    expect(names.every((name) => /\.(xml|rels)$/.test(name))).toBe(true);
    expect(zip.length).toBeLessThan(200 * 1024);
    expect(Object.keys(unzipSync(zip)).sort()).toEqual(names.sort());
  });
});
