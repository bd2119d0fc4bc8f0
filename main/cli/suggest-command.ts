// `marginalia suggest FILE.txt [--published YYYY-MM-DD] [--entities ENTITIES.csv] [--json]`: the
// annotations Marginalia would suggest in a plain-text document (issue 10), from the same core as
// the app: date expressions with their proposed values, and mentions of the listed entities.

import { checkPublishedAt } from '../../app/dates/date-value.ts';
import { decodeEntityCsv } from '../../app/formats/entity-csv/decode.ts';
import type { Entity } from '../../app/model/entity.ts';
import { ACTOR, DATE } from '../../app/model/labels.ts';
import { findDateExpressions, findEntityMentions } from '../../app/suggestions/index.ts';
import { documentIdOf } from '../../app/text/document-id.ts';
import { normaliseText } from '../../app/text/normalise.ts';
import { describeFileError } from '../describe-file-error.ts';
import type { CliIo } from './cli-io.ts';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, type CliCommand } from './command.ts';

interface Suggestion {
  start: number;
  end: number;
  label: string;
  quote: string;
  value?: string;
  entity?: { id: string; name: string };
}

export const suggestCommand: CliCommand = {
  name: 'suggest',
  usage: 'suggest FILE.txt',
  summary:
    'the dates and known entities Marginalia would suggest in FILE (--published DAY, --entities CSV, --json)',
  async run(args, io) {
    const options = readOptions(args);
    if (typeof options === 'string') {
      io.stderr(
        `marginalia suggest: ${options}\nusage: marginalia suggest FILE.txt [--published YYYY-MM-DD] [--entities ENTITIES.csv] [--json]\n`,
      );
      return EXIT_USAGE;
    }
    const text = await readText(options.file, io);
    if (text === null) return EXIT_USAGE;
    let entities: Entity[] = [];
    if (options.entities !== undefined) {
      const csv = await readText(options.entities, io);
      if (csv === null) return EXIT_USAGE;
      const decoded = decodeEntityCsv(csv, options.entities);
      if (!decoded.ok) {
        for (const issue of decoded.issues)
          io.stderr(`${options.entities}:${issue.line}: ${issue.message}\n`);
        return EXIT_INVALID;
      }
      entities = decoded.entities;
    }
    const normalised = normaliseText(text);
    const names = new Map(entities.map((entity) => [entity.id, entity.name]));
    const suggestions: Suggestion[] = [
      ...findDateExpressions(normalised, options.published).map(({ start, end, quote, value }) => ({
        start,
        end,
        label: DATE,
        quote,
        ...(value === null ? {} : { value }),
      })),
      ...findEntityMentions(normalised, entities).map(({ start, end, quote, entity }) => ({
        start,
        end,
        label: ACTOR,
        quote,
        entity: { id: entity, name: names.get(entity)! },
      })),
    ].sort((a, b) => a.start - b.start || b.end - a.end);

    if (options.json) {
      const document = {
        id: documentIdOf(normalised),
        ...(options.published ? { publishedAt: options.published } : {}),
      };
      io.stdout(`${JSON.stringify({ document, suggestions }, null, 2)}\n`);
    } else {
      for (const suggestion of suggestions) {
        const detail = suggestion.value ?? (suggestion.entity ? `= ${suggestion.entity.name}` : '');
        io.stdout(
          `${suggestion.start}–${suggestion.end}\t${suggestion.label}\t“${suggestion.quote}”${detail ? `\t${detail}` : ''}\n`,
        );
      }
      io.stderr(
        `${options.file}: ${suggestions.length} ${suggestions.length === 1 ? 'suggestion' : 'suggestions'}\n`,
      );
    }
    return EXIT_OK;
  },
};

interface Options {
  file: string;
  published?: string;
  entities?: string;
  json: boolean;
}

/** The options, or what is wrong with them. */
function readOptions(args: readonly string[]): Options | string {
  const files: string[] = [];
  let published: string | undefined;
  let entities: string | undefined;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--published' || arg === '--entities') {
      const value = args[++i];
      if (value === undefined) return `${arg} needs a value`;
      if (arg === '--published') published = value;
      else entities = value;
    } else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else files.push(arg);
  }
  if (files.length !== 1) return files.length === 0 ? 'no file given' : 'one file at a time';
  if (published !== undefined) {
    const problem = checkPublishedAt(published);
    if (problem !== null) return `--published ${published}: ${problem}`;
  }
  return { file: files[0]!, published, entities, json };
}

async function readText(file: string, io: CliIo): Promise<string | null> {
  try {
    return await io.readFile(file);
  } catch (error) {
    io.stderr(
      `${file}: ${describeFileError(error, { missing: 'no such file', isFolder: 'is a directory' })}\n`,
    );
    return null;
  }
}
