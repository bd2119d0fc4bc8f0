import { describe, expect, it } from 'vitest';
import { readCorpusFiles } from '../test-support/corpus.ts';
import { checkLayers } from './check-layers.ts';
import { PlantedLibrary, corpusDocuments } from './test-support.ts';

const corpus = corpusDocuments(readCorpusFiles());

const entityFindings = (library: PlantedLibrary) =>
  checkLayers(library.model()).filter(
    (finding) => finding.kind === 'entity-mismatch' || finding.kind === 'unlinked-mention',
  );

describe('entity mismatches', () => {
  it('reports one text linked to different entities, offering the entity most mentions link to', () => {
    const library = new PlantedLibrary(corpus);
    library.entity('ilham', 'Ilham Aliyev');
    library.entity('heydar', 'Heydar Aliyev');
    library.tag('000', 'Aliyev', 'actor', { entity: 'ilham' });
    library.tag('004', 'Aliyev', 'actor', { entity: 'ilham' });
    const odd = library.tag('000', 'Aliyev', 'actor', { occurrence: 1, entity: 'heydar' });
    const [finding, ...rest] = entityFindings(library);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      kind: 'entity-mismatch',
      key: '["entity-mismatch","ana","Aliyev"]',
      message: '“Aliyev” is linked to Ilham Aliyev in 2 places and Heydar Aliyev in 1 place',
      fix: { kind: 'link-entity', entity: 'ilham', annotationIds: [odd.id] },
    });
    expect(finding!.locations[0]!.annotationId).toBe(odd.id);
  });

  it('reports mentions of a text left unlinked where others link it', () => {
    const library = new PlantedLibrary(corpus);
    library.entity('pashinyan', 'Nikol Pashinyan');
    library.tag('004', 'Pashinyan', 'actor', { entity: 'pashinyan' });
    library.tag('004', 'Pashinyan', 'actor', { occurrence: 1, entity: 'pashinyan' });
    const loose = library.tag('004', 'Pashinyan', 'actor', { occurrence: 2 });
    // Text nobody links anywhere is no finding.
    library.tag('004', 'Aliyev', 'actor');
    library.tag('000', 'Aliyev', 'actor');
    expect(entityFindings(library)).toEqual([
      expect.objectContaining({
        kind: 'unlinked-mention',
        documentId: null,
        message: '“Pashinyan” is linked to Nikol Pashinyan in 2 places, to no entity in 1 place',
        fix: { kind: 'link-entity', entity: 'pashinyan', annotationIds: [loose.id] },
      }),
    ]);
  });

  it('offers no link when two entities are as common, and names an unknown entity by its id', () => {
    const library = new PlantedLibrary(corpus);
    library.tag('000', 'Aliyev', 'actor', { entity: 'ilham' });
    library.tag('004', 'Aliyev', 'actor', { entity: 'heydar' });
    const [finding] = entityFindings(library);
    expect(finding!.fix).toEqual({ kind: 'open' });
    expect(finding!.message).toBe('“Aliyev” is linked to ilham in 1 place and heydar in 1 place');
  });
});
