import { describe, expect, it } from 'vitest';
import { asLabelId } from './ids.ts';
import { ACTOR, BUILT_IN_LABELS, CLAIM, DATE, type Label } from './labels.ts';
import {
  pluralLabelName,
  checkLabelDraft,
  firstFreeKey,
  labelIdForName,
  labelNameIn,
  labelOfKey,
  labelsToStore,
  mergeLabelSet,
  toolbarLabels,
} from './label-set.ts';

const location: Label = {
  id: asLabelId('location'),
  name: 'Location',
  color: '#aa3366',
  shortcut: '4',
};
const event: Label = { id: asLabelId('event'), name: 'Event', color: '#3366aa' };

describe('mergeLabelSet', () => {
  it('is exactly the built-in set for a library that never edited its labels', () => {
    expect(mergeLabelSet([])).toEqual(BUILT_IN_LABELS);
  });

  it('puts the built-ins first, then the others by key and name', () => {
    expect(mergeLabelSet([event, location]).map((label) => label.id)).toEqual([
      CLAIM,
      ACTOR,
      DATE,
      'location',
      'event',
    ]);
  });

  it('lets a stored row rename, recolour or hide a built-in, never change its id or key', () => {
    const claim = mergeLabelSet([
      { id: CLAIM, name: 'Assertion', color: '#112233', shortcut: '9', hidden: true },
    ])[0];
    expect(claim).toEqual({
      id: CLAIM,
      name: 'Assertion',
      color: '#112233',
      shortcut: '1',
      hidden: true,
    });
  });
});

describe('labelIdForName', () => {
  it('derives a readable id from the name, accents dropped', () => {
    expect(labelIdForName('Lieu de réunion', [])).toBe('lieu-de-reunion');
  });

  it('never collides with a built-in or an existing id', () => {
    expect(labelIdForName('Claim', [])).toBe('claim-2');
    expect(labelIdForName('Location', ['location', 'location-2'])).toBe('location-3');
  });

  it('gives a name of symbols only an id all the same', () => {
    expect(labelIdForName('★', [])).toBe('label');
  });

  it('keeps letters of any script', () => {
    expect(labelIdForName('Место встречи', [])).toBe('место-встречи');
  });
});

describe('checkLabelDraft', () => {
  const labels = mergeLabelSet([location]);

  it('cleans a valid draft: name trimmed, colour #rrggbb', () => {
    expect(
      checkLabelDraft({ name: '  Weapon  system ', colour: '#D3A', shortcut: '5' }, labels),
    ).toEqual({ ok: true, name: 'Weapon system', colour: '#dd33aa', shortcut: '5' });
  });

  it('requires a name', () => {
    expect(checkLabelDraft({ name: ' ', colour: '#000000', shortcut: '' }, labels)).toMatchObject({
      ok: false,
      field: 'name',
    });
  });

  it('refuses a name the set has, ignoring case', () => {
    expect(checkLabelDraft({ name: 'location', colour: '#000000', shortcut: '' }, labels)).toEqual({
      ok: false,
      field: 'name',
      message: 'A label named Location already exists',
    });
    expect(
      checkLabelDraft({ name: 'ACTOR', colour: '#000000', shortcut: '' }, labels),
    ).toMatchObject({ message: 'A label named Actor already exists' });
  });

  it('lets a label keep its own name and key when edited', () => {
    expect(
      checkLabelDraft({ name: 'Location', colour: '#000000', shortcut: '4' }, labels, location.id),
    ).toMatchObject({ ok: true });
  });

  it('refuses a key another label holds, naming it', () => {
    expect(checkLabelDraft({ name: 'Place', colour: '#000000', shortcut: '4' }, labels)).toEqual({
      ok: false,
      field: 'shortcut',
      message: 'Key 4 is taken by Location',
    });
  });

  it('keeps keys 1–3 for the built-in labels', () => {
    expect(
      checkLabelDraft({ name: 'Place', colour: '#000000', shortcut: '2' }, labels),
    ).toMatchObject({ ok: false, message: 'Key 2 is not one of 4–9' });
    expect(
      checkLabelDraft({ name: 'Claim', colour: '#000000', shortcut: '1' }, labels, CLAIM),
    ).toMatchObject({ ok: true, shortcut: '1' });
  });

  it('refuses what is not a colour', () => {
    expect(checkLabelDraft({ name: 'Place', colour: 'red', shortcut: '' }, labels)).toMatchObject({
      ok: false,
      field: 'colour',
    });
  });
});

describe('the keys and the toolbar', () => {
  it('offers the first free key of 4–9', () => {
    expect(firstFreeKey(mergeLabelSet([]))).toBe('4');
    expect(firstFreeKey(mergeLabelSet([location]))).toBe('5');
  });

  it('leaves hidden labels out of the toolbar and the keys', () => {
    const labels = mergeLabelSet([{ ...location, hidden: true }]);
    expect(toolbarLabels(labels).map((label) => label.id)).toEqual([CLAIM, ACTOR, DATE]);
    expect(labelOfKey(labels, '4')).toBeUndefined();
    expect(labelOfKey(labels, '2')?.id).toBe(ACTOR);
  });

  it('names a label by the set, or by its id when nobody defined it', () => {
    expect(labelNameIn(mergeLabelSet([location]), 'location')).toBe('Location');
    expect(labelNameIn(mergeLabelSet([]), 'weapon')).toBe('weapon');
  });
});

describe('pluralLabelName', () => {
  it('heads a group of annotations in the plural', () => {
    expect(['Claim', 'Address', 'Entity', 'Day', 'Weapon system'].map(pluralLabelName)).toEqual([
      'Claims',
      'Addresses',
      'Entities',
      'Days',
      'Weapon systems',
    ]);
  });
});

describe('labelsToStore', () => {
  it('normalises colours and never overwrites what the library has', () => {
    const incoming = [
      { id: asLabelId('location'), name: 'Place', color: '#000' },
      { id: asLabelId('weapon'), name: 'Weapon', color: '#D3A' },
      { id: CLAIM, name: 'Claim', color: '#fff' },
    ];
    expect(labelsToStore(incoming, mergeLabelSet([location]))).toEqual([
      { id: 'weapon', name: 'Weapon', color: '#dd33aa' },
    ]);
  });

  it('keeps a key only when it is 4–9 and free', () => {
    const incoming = [
      { id: asLabelId('a'), name: 'A', color: '#111111', shortcut: '4' },
      { id: asLabelId('b'), name: 'B', color: '#111111', shortcut: '5' },
      { id: asLabelId('c'), name: 'C', color: '#111111', shortcut: '1' },
    ];
    expect(
      labelsToStore(incoming, mergeLabelSet([location])).map((label) => label.shortcut),
    ).toEqual([undefined, '5', undefined]);
  });
});
