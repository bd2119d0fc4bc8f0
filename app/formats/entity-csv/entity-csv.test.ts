import { describe, expect, it } from 'vitest';
import { CORPUS_ENTITIES, MNATSAKANYAN, POMPEO } from '../../entities/corpus-entities.ts';
import { nameBasedEntityId } from '../../entities/name-based-id.ts';
import { decodeEntityCsv } from './decode.ts';
import { encodeEntityCsv } from './encode.ts';

const HEADER = 'name,kind,aliases,wikidata,note';

function decodeOk(text: string) {
  const result = decodeEntityCsv(text, 'actors.csv');
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result;
}

function issuesOf(text: string) {
  const result = decodeEntityCsv(text, 'actors.csv');
  if (result.ok) throw new Error('expected the file to be refused');
  return result.issues;
}

describe('encodeEntityCsv', () => {
  it('writes a BOM, the header, aliases joined by |, CRLF rows and defused formula cells', () => {
    const csv = encodeEntityCsv([POMPEO, { ...MNATSAKANYAN, note: '=HYPERLINK("x")' }]);
    expect(csv).toBe(
      `\uFEFF${HEADER}\r\n` +
        'Mike Pompeo,person,Pompeo|Secretary Pompeo|the Secretary of State,Q473239,\r\n' +
        `Zohrab Mnatsakanyan,person,"'@ZMnatsakanyan",,"'=HYPERLINK(""x"")"\r\n`,
    );
  });

  it('adds an id column on request, and refuses an alias containing |', () => {
    expect(encodeEntityCsv([POMPEO], { withIds: true }).split('\r\n')[1]).toMatch(/,pompeo$/);
    expect(() => encodeEntityCsv([{ ...POMPEO, aliases: ['a|b'] }])).toThrow(
      /“a\|b” contains “\|”/,
    );
  });
});

describe('decodeEntityCsv', () => {
  it('reads the export back, ids derived from names when there is no id column', () => {
    const { entities, warnings } = decodeOk(encodeEntityCsv(CORPUS_ENTITIES));
    expect(entities).toEqual(CORPUS_ENTITIES.map((e) => ({ ...e, id: nameBasedEntityId(e.name) })));
    expect(warnings).toEqual([]);
    expect(decodeOk(encodeEntityCsv(CORPUS_ENTITIES, { withIds: true })).entities).toEqual(
      CORPUS_ENTITIES,
    );
  });

  it('gives the same ids for the same names, so a second import matches by id', () => {
    const first = decodeOk(`${HEADER}\nMike Pompeo,person,,,\n`).entities[0]!;
    const second = decodeOk(`kind,name\nPERSON,  mike   pompeo\n`).entities[0]!;
    expect(second.id).toBe(first.id);
    expect(second.name).toBe('mike pompeo');
  });

  it('reads a spreadsheet’s list: any column order and case, LF, semicolons, blank rows, US spelling', () => {
    const { entities, warnings } = decodeOk(
      'Kind;Name;Source\r\norganization;OSCE Minsk Group;press\r\n;;\r\n\r\nstate;Armenia;\r\n',
    );
    expect(entities.map((e) => [e.name, e.kind])).toEqual([
      ['OSCE Minsk Group', 'organisation'],
      ['Armenia', 'state'],
    ]);
    expect(warnings).toEqual(['line 1: column “Source” is not read']);
  });

  it('names the line and column of every problem, counting lines inside quoted cells', () => {
    const text = [
      HEADER,
      'Mike Pompeo,person,,,"a note',
      'on two lines"',
      'Exxon,company,,,',
      ',person,,q12,',
      'Aliyev,person,,,',
      'ALIYEV,person,,,',
    ].join('\r\n');
    expect(issuesOf(text)).toEqual([
      {
        line: 4,
        message: 'line 4, kind: “company” is not one of person, organisation, state, group, other',
      },
      { line: 5, message: 'line 5, name: is empty' },
      {
        line: 5,
        message: 'line 5, wikidata: “q12” is not a Wikidata id: Q followed by digits, like Q42',
      },
      { line: 7, message: 'line 7, name: “ALIYEV” is already the name on line 6' },
    ]);
  });

  it('refuses a missing required column, by name, and a row with too many cells', () => {
    expect(issuesOf('name,aliases\nPompeo,\n')).toEqual([
      {
        line: 1,
        message:
          'line 1: the header has no “kind” column (expected name,kind,aliases,wikidata,note)',
      },
    ]);
    expect(issuesOf(`${HEADER}\nPompeo, Mike,person,,,\n`)).toEqual([
      {
        line: 2,
        message:
          'line 2: 6 cells where the header has 5 (a cell with a comma must be in double quotes)',
      },
    ]);
    expect(issuesOf('')[0]!.message).toBe(
      'actors.csv is empty: expected the header name,kind,aliases,wikidata,note',
    );
  });

  it('refuses broken quoting with the line it starts on', () => {
    expect(issuesOf(`${HEADER}\nPompeo,person,,,\n"Aliyev,person,,,\n`)).toEqual([
      { line: 3, message: 'line 3: a cell opened with " is never closed' },
    ]);
  });

  it('tolerates a BOM, drops repeated aliases with a warning, and a duplicate id is refused', () => {
    const { entities, warnings } = decodeOk(
      `\uFEFF${HEADER}\nMike Pompeo,person,Pompeo| mike pompeo |pompeo,,\n`,
    );
    expect(entities[0]!.aliases).toEqual(['Pompeo']);
    expect(warnings).toEqual([
      'line 2, aliases: “mike pompeo” is the name itself; dropped',
      'line 2, aliases: “pompeo” is listed twice; dropped',
    ]);
    expect(issuesOf('id,name,kind\nx,A,person\nx,B,person\n')).toEqual([
      { line: 3, message: 'line 3, id: “x” is already on line 2' },
    ]);
  });

  it('removes the defusing quote only before a formula character', () => {
    const { entities } = decodeOk(`${HEADER}\n'@ZMnatsakanyan,person,,,'plain\n"''=x",person,,,\n`);
    expect(entities.map((e) => [e.name, e.note])).toEqual([
      ['@ZMnatsakanyan', "'plain"],
      ["'=x", undefined],
    ]);
  });
});
