import { describe, expect, it } from 'vitest';
import { asLabelId, asRelationTypeId } from '../model/ids.ts';
import { formatAgreement } from './agreement-text.ts';
import { scoreAgreement } from './score-agreement.ts';
import { annotators, documentOf, relationOf, spanOf } from './test-support.ts';

describe('formatAgreement', () => {
  it('prints pairs with their mean, labels with names, and a note per undefined value', () => {
    const meeting = documentOf('meeting', 'Ana met Ben in Baku on 3 May.');
    const solo = documentOf('solo', 'Alone.');
    const scored = scoreAgreement({
      documents: [meeting, solo],
      annotations: [
        spanOf('meeting', 'ana', 'actor', 0, 3),
        spanOf('meeting', 'ben', 'actor', 0, 3),
        spanOf('meeting', 'cem', 'date', 23, 28),
        spanOf('solo', 'ana', 'actor', 0, 5),
      ],
      raters: new Map([[meeting.id, annotators('ana', 'ben', 'cem')]]),
    });
    const text = formatAgreement(scored, { labelNames: new Map([[asLabelId('actor'), 'Actor']]) });
    expect(text).toMatch(/^Agreement over 2 documents, 3 annotators, 2 labels\n/);
    // ana and ben agree perfectly; cem tagged a date neither of them did.
    expect(text).toContain(
      [
        "  annotators   Cohen's kappa   F1 exact   F1 overlap",
        '  ana|ben      1.000           1.000      1.000',
        '  ana|cem      -0.080          0.000      0.000',
        '  ben|cem      -0.080          0.000      0.000',
        '  mean         0.280           0.333      0.333',
      ].join('\n'),
    );
    expect(text).toContain('By label (F1: mean over pairs of annotators)\n');
    expect(text).toContain('  actor (Actor)   ');
    expect(text).toContain(
      [
        'Document solo',
        '  annotators: ana',
        "  Fleiss' kappa            n/a [1]",
        "  Krippendorff's alpha-U   n/a [1]",
        '  pairwise measures: n/a [1]',
        '',
        'Undefined values (n/a)',
        '  [1] fewer than two annotators',
        '',
      ].join('\n'),
    );
  });

  it('adds the enrichment tables, with their reasons, only when there is enrichment', () => {
    const resigned = documentOf('resigned', 'Dan resigned.');
    const scored = scoreAgreement({
      documents: [resigned],
      annotations: [
        spanOf('resigned', 'ana', 'claim', 4, 12, { id: 'a1' }),
        spanOf('resigned', 'ana', 'actor', 0, 3, { id: 'a2', entity: 'dan' }),
        spanOf('resigned', 'ben', 'claim', 4, 12, { id: 'b1' }),
        spanOf('resigned', 'ben', 'actor', 0, 3, { id: 'b2', entity: 'dan' }),
      ],
      relations: [
        relationOf('resigned', 'ana', 'claimant', 'a1', 'a2'),
        relationOf('resigned', 'ben', 'claimant', 'b1', 'b2'),
      ],
      raters: annotators('ana', 'ben'),
    });
    const text = formatAgreement(scored, {
      relationTypeNames: new Map([[asRelationTypeId('claimant'), 'Claimant']]),
    });
    expect(text).toMatch(
      /^Agreement over 1 document, 2 annotators, 2 labels\nCompared: 2 relations, 2 entity links, 0 date values\n/,
    );
    expect(text).toContain(
      [
        'By relation type',
        '  relation type         relation F1 exact   relation F1 overlap',
        '  claimant (Claimant)   1.000               1.000',
      ].join('\n'),
    );
    expect(text).toContain(
      [
        '  annotators   relation F1 exact   relation F1 overlap   entities   dates',
        '  ana|ben      1.000               1.000                 1.000      n/a [1]',
      ].join('\n'),
    );
    expect(text).toContain('  [1] no date placed alike by both with a value on each side\n');
  });
});
