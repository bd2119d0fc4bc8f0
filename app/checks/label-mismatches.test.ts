import { describe, expect, it } from 'vitest';
import { readCorpusFiles } from '../test-support/corpus.ts';
import { checkLayers } from './check-layers.ts';
import { BEN, PlantedLibrary, corpusDocuments } from './test-support.ts';

const corpus = corpusDocuments(readCorpusFiles());

const mismatches = (library: PlantedLibrary) =>
  checkLayers(library.model()).filter((finding) => finding.kind === 'label-mismatch');

describe('label mismatches', () => {
  it('reports the same text tagged with two labels, offering the label most places carry', () => {
    const library = new PlantedLibrary(corpus);
    const first = library.tag('000', 'Aliyev', 'actor');
    const second = library.tag('004', 'Aliyev', 'actor');
    const odd = library.tag('004', 'Aliyev', 'claim', { occurrence: 1 });
    const [finding, ...rest] = mismatches(library);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      kind: 'label-mismatch',
      annotator: 'ana',
      documentId: null,
      message: '“Aliyev” is tagged Actor in 2 places and Claim in 1 place',
      fix: { kind: 'relabel', label: 'actor', annotationIds: [odd.id] },
    });
    // The odd one out first: that is where the analyst goes.
    expect(finding!.locations.map((location) => location.annotationId)).toEqual([
      odd.id,
      first.id,
      second.id,
    ]);
    expect(finding!.key).toBe('["label-mismatch","ana","Aliyev"]');
  });

  it('offers no relabelling when the labels are tied, and checks each layer on its own', () => {
    const library = new PlantedLibrary(corpus);
    library.tag('000', 'Aliyev', 'actor');
    library.tag('004', 'Aliyev', 'claim');
    library.tag('000', 'Pompeo', 'actor');
    library.tag('001', 'Pompeo', 'claim', { annotator: BEN });
    const found = mismatches(library);
    expect(found.map((finding) => [finding.message, finding.fix.kind])).toEqual([
      ['“Aliyev” is tagged Actor in 1 place and Claim in 1 place', 'open'],
    ]);
  });
});
