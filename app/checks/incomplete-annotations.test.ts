import { describe, expect, it } from 'vitest';
import { readCorpusFiles } from '../test-support/corpus.ts';
import { CLAIM_DATE, CLAIMANT, TARGET } from '../model/relation.ts';
import { checkLayers } from './check-layers.ts';
import { PlantedLibrary, corpusDocuments } from './test-support.ts';

const corpus = corpusDocuments(readCorpusFiles());

const CLAIM_TEXT = 'Both must implement a ceasefire and return to substantive negotiations.';

describe('incomplete annotations', () => {
  it('reports claims without claimant or date, until the links are made', () => {
    const library = new PlantedLibrary(corpus);
    const claim = library.tag('001', CLAIM_TEXT, 'claim');
    const pompeo = library.tag('001', 'Mike Pompeo', 'actor', { occurrence: 1 });
    const kinds = () =>
      checkLayers(library.model())
        .filter((finding) => finding.kind.startsWith('claim-'))
        .map((finding) => [finding.kind, finding.message]);
    expect(kinds()).toEqual([
      ['claim-without-claimant', `Claim “${CLAIM_TEXT.slice(0, 59)}…” has no claimant`],
      ['claim-without-date', `Claim “${CLAIM_TEXT.slice(0, 59)}…” has no date`],
    ]);
    library.link(claim, TARGET, pompeo);
    expect(kinds()).toHaveLength(2);
    library.link(claim, CLAIMANT, pompeo);
    expect(kinds().map(([kind]) => kind)).toEqual(['claim-without-date']);
    const friday = library.tag('001', 'this Friday', 'date', { value: '2020-10-30' });
    library.link(claim, CLAIM_DATE, friday);
    expect(kinds()).toEqual([]);
  });

  it('keys a claim by its document and offsets, and points at it', () => {
    const library = new PlantedLibrary(corpus);
    const claim = library.tag('001', CLAIM_TEXT, 'claim');
    const [finding] = checkLayers(library.model());
    expect(finding).toMatchObject({
      key: JSON.stringify([
        'claim-without-claimant',
        'ana',
        claim.documentId,
        claim.start,
        claim.end,
      ]),
      documentId: claim.documentId,
      locations: [
        {
          documentId: claim.documentId,
          start: claim.start,
          end: claim.end,
          annotationId: claim.id,
        },
      ],
      fix: { kind: 'open' },
    });
  });

  it('reports dates without a value and dates whose suggested value is not confirmed', () => {
    const library = new PlantedLibrary(corpus);
    library.tag('002', 'September 2022', 'date', { value: '2022-09', valueStatus: 'confirmed' });
    const bare = library.tag('001', 'this Friday', 'date');
    const suggested = library.tag('002', 'In September 2022', 'date', {
      value: '2022-09',
      valueStatus: 'suggested',
    });
    const found = checkLayers(library.model()).map((finding) => [
      finding.kind,
      finding.message,
      finding.fix,
    ]);
    expect(found).toEqual([
      ['date-without-value', 'Date “this Friday” has no value', { kind: 'open' }],
      [
        'date-value-unconfirmed',
        'Date “In September 2022” has the suggested value 2022-09, not confirmed',
        { kind: 'confirm-value', annotationId: suggested.id },
      ],
    ]);
    expect(bare.value).toBeUndefined();
  });
});
