import { describe, expect, it } from 'vitest';
import { asEntityId } from '../model/ids.ts';
import { sameEntity } from './same-entity.ts';

const entity = (id: string, name: string, wikidata?: string) => ({
  id: asEntityId(id),
  name,
  ...(wikidata ? { wikidata } : {}),
});

describe('sameEntity', () => {
  it('is the same entity by id, whatever the rest says', () => {
    expect(sameEntity(entity('e1', 'Pompeo', 'Q1'), entity('e1', 'Blinken', 'Q2'))).toBe(true);
  });
  it('lets two Wikidata ids decide when both have one', () => {
    expect(
      sameEntity(entity('a', 'Mike Pompeo', 'Q473239'), entity('b', 'Pompeo', 'Q473239')),
    ).toBe(true);
    expect(sameEntity(entity('a', 'John Smith', 'Q1'), entity('b', 'John Smith', 'Q2'))).toBe(
      false,
    );
  });
  it('compares names by NFKC, case and whitespace, with accents counting and aliases not', () => {
    expect(sameEntity(entity('a', 'Ilham  ALIYEV'), entity('b', 'ilham aliyev', 'Q1'))).toBe(true);
    expect(sameEntity(entity('a', 'Ilham Əliyev'), entity('b', 'Ilham Aliyev'))).toBe(false);
    expect(sameEntity(entity('a', 'ﬁre'), entity('b', 'fire'))).toBe(true);
  });
});
