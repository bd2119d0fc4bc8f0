import { describe, expect, it } from 'vitest';
import { readCorpusFiles } from '../test-support/corpus.ts';
import { sliceByCodePoints } from '../text/code-points.ts';
import { checkLayers } from './check-layers.ts';
import { PlantedLibrary, corpusDocuments } from './test-support.ts';

const corpus = corpusDocuments(readCorpusFiles());

const missed = (library: PlantedLibrary) =>
  checkLayers(library.model()).filter((finding) => finding.kind === 'missed-occurrence');

describe('missed occurrences', () => {
  it('reports every untagged whole-word occurrence of a tagged text, in every document', () => {
    const library = new PlantedLibrary(corpus);
    library.tag('004', 'Pashinyan', 'actor');
    const found = missed(library);
    // "Pashinyan" occurs 10 times in 004 (once as "Pashinyan’s"), nowhere else.
    expect(found).toHaveLength(9);
    const document = library.document('004');
    for (const finding of found) {
      const [place] = finding.locations;
      expect(finding.documentId).toBe(document.id);
      expect(sliceByCodePoints(document.text, place!.start, place!.end)).toBe('Pashinyan');
      expect(finding.fix).toEqual({ kind: 'tag', label: 'actor' });
      expect(finding.message).toBe('“Pashinyan” is tagged Actor in 1 place, not here');
      expect(finding.key).toBe(
        JSON.stringify([
          'missed-occurrence',
          'ana',
          'actor',
          document.id,
          place!.start,
          place!.end,
        ]),
      );
    }
  });

  it('reports the outer text where a tagged text holds another, and not what a span covers', () => {
    const library = new PlantedLibrary(corpus);
    // 000 says "Mike Pompeo" twice; 001 "Mike Pompeo" twice and "Pompeo" alone twice.
    library.tag('000', 'Mike Pompeo', 'actor');
    library.tag('001', 'Pompeo', 'actor', { occurrence: 2 }); // "Michael R. Pompeo"
    const quotes = missed(library).map((finding) => [
      finding.locations[0]!.documentId === library.document('000').id ? '000' : '001',
      finding.locations[0]!.quote,
    ]);
    expect(quotes).toEqual([
      ['000', 'Mike Pompeo'], // the second one; the first is tagged, and covers its "Pompeo"
      ['001', 'Mike Pompeo'],
      ['001', 'Mike Pompeo'],
      ['001', 'Pompeo'], // the last; the third is tagged
    ]);
  });

  it('skips short texts, texts without a letter and places tagged with another label', () => {
    const library = new PlantedLibrary(corpus);
    library.tag('004', 'US', 'actor');
    library.tag('002', '2022', 'date');
    library.tag('000', 'Aliyev', 'actor');
    library.tag('000', 'Aliyev', 'claim', { occurrence: 1 });
    const found = missed(library);
    // Aliyev in 004 (twice, and "Aliyev’s") is missed as an actor and as a claim; the second
    // place of 000 is a label mismatch, the first is tagged.
    expect(found.map((finding) => [finding.locations[0]!.quote, finding.fix])).toEqual([
      ['Aliyev', { kind: 'tag', label: 'actor' }],
      ['Aliyev', { kind: 'tag', label: 'claim' }],
      ['Aliyev', { kind: 'tag', label: 'actor' }],
      ['Aliyev', { kind: 'tag', label: 'claim' }],
      ['Aliyev', { kind: 'tag', label: 'actor' }],
      ['Aliyev', { kind: 'tag', label: 'claim' }],
    ]);
  });

  it('finds what a large library misses, and only that', () => {
    // 1,000 documents of 20 sentences; "Ilham Aliyev" tagged in every tenth, said in every one.
    const library = new PlantedLibrary(corpus);
    const sentence = (i: number) =>
      `Report ${i}: Ilham Aliyev met the envoys in Baku and spoke of a lasting peace settlement. `;
    const documents = Array.from({ length: 1000 }, (_, i) => ({
      id: `sha256:${i.toString(16).padStart(64, '0')}` as never,
      title: `Report ${i}`,
      text: Array.from({ length: 20 }, (_, j) => sentence(i * 20 + j)).join(''),
    }));
    library.documents.splice(0, library.documents.length, ...documents);
    const taggedIn = documents.filter((_, i) => i % 10 === 0);
    for (const document of taggedIn) {
      const start = document.text.indexOf('Ilham Aliyev');
      library.annotations.push({
        id: `t${document.title}` as never,
        documentId: document.id,
        label: 'actor' as never,
        start: start as never,
        end: (start + 12) as never,
        quote: 'Ilham Aliyev',
        prefix: '',
        suffix: '',
        annotator: 'ana' as never,
        note: '',
        createdAt: '',
        updatedAt: '',
      });
    }
    const found = missed(library);
    expect(found).toHaveLength(1000 * 20 - taggedIn.length);
    expect(new Set(found.map((finding) => finding.key)).size).toBe(found.length);
    expect(found[0]!.message).toBe('“Ilham Aliyev” is tagged Actor in 100 places, not here');
  });
});
