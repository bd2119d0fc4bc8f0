import { describe, expect, it } from 'vitest';
import { readCorpusFiles } from '../test-support/corpus.ts';
import { checkLayers, checkLibrary, countByKind, layersOf } from './check-layers.ts';
import { FINDING_KINDS } from './finding.ts';
import { ANA, BEN, PlantedLibrary, corpusDocuments } from './test-support.ts';

const corpus = corpusDocuments(readCorpusFiles());

/** A library with one finding of most kinds in Ana's layer and a missed occurrence in Ben's. */
function plantedInconsistencies(): PlantedLibrary {
  const library = new PlantedLibrary(corpus);
  library.tag('004', 'Pashinyan', 'actor');
  library.tag('000', 'Aliyev', 'actor');
  library.tag('000', 'Aliyev', 'claim', { occurrence: 1 });
  library.tag('001', 'Both must implement a ceasefire', 'claim');
  library.tag('001', 'this Friday', 'date');
  library.tag('002', 'Nagorno-Karabakh', 'actor', { annotator: BEN });
  return library;
}

describe('checkLayers', () => {
  it('lists findings by kind, then layer, then place, and counts them per kind', () => {
    const findings = checkLayers(plantedInconsistencies().model());
    const kinds = findings.map((finding) => finding.kind);
    expect([...kinds].sort((a, b) => FINDING_KINDS.indexOf(a) - FINDING_KINDS.indexOf(b))).toEqual(
      kinds,
    );
    expect(countByKind(findings)).toEqual({
      'label-mismatch': 1,
      // Pashinyan 9 more times in 004; Aliyev in 004 three times, as actor and as claim; and
      // Ben's Nagorno-Karabakh in 000 (7), 001 (5), 004 (15).
      'missed-occurrence': 9 + 6 + 27,
      'entity-mismatch': 0,
      'unlinked-mention': 0,
      // The Aliyev "claim" too.
      'claim-without-claimant': 2,
      'claim-without-date': 2,
      'date-without-value': 1,
      'date-value-unconfirmed': 0,
    });
    const missed = findings.filter((finding) => finding.kind === 'missed-occurrence');
    expect(missed.map((finding) => finding.annotator)).toEqual([
      ...Array<string>(15).fill(ANA),
      ...Array<string>(27).fill(BEN),
    ]);
  });

  it('checks only the layers asked for, and lists the layers a library holds', () => {
    const model = plantedInconsistencies().model();
    expect(layersOf(model)).toEqual([ANA, BEN]);
    const bens = checkLayers(model, { annotators: [BEN] });
    expect(new Set(bens.map((finding) => finding.annotator))).toEqual(new Set([BEN]));
    expect(bens).toHaveLength(27);
  });

  it('keeps every key stable from one run to the next and unique within one', () => {
    const first = checkLayers(plantedInconsistencies().model()).map((finding) => finding.key);
    const second = checkLayers(plantedInconsistencies().model()).map((finding) => finding.key);
    expect(second).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
  });

  it('lists missed occurrences up to a limit and counts the rest', () => {
    const model = plantedInconsistencies().model();
    const { findings, omitted } = checkLibrary(model, { missedOccurrenceLimit: 10 });
    // Ana's first ten of fifteen, then Ben's first ten of twenty-seven.
    expect(countByKind(findings)['missed-occurrence']).toBe(20);
    expect(omitted['missed-occurrence']).toBe(5 + 17);
    expect(findings.slice(0, 10)).toEqual(checkLayers(model).slice(0, 10));
  });

  it('finds nothing in an empty layer', () => {
    expect(checkLayers(new PlantedLibrary(corpus).model())).toEqual([]);
  });
});
