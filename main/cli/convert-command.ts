// `marginalia convert IN --to FORMAT -o OUT`: reads a Marginalia dataset, a W3C Web Annotation
// file or a (doccano) JSONL file — told apart by content — and writes it in any export format.
// brat is a folder of files, not one: OUT is then a directory (made if missing), which brat can
// open as it is; the app, which can only download one file, zips the same files instead.
// Exit status as for validate: 0 written (warnings may have been printed), 1 the input cannot be
// converted, 2 bad arguments or a file that cannot be read or written.

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { encodeBratFiles } from '../../app/formats/brat/index.ts';
import { countOf } from '../../app/formats/dataset/describe-value.ts';
import {
  EXPORT_FORMATS,
  exportModel,
  isExportFormat,
  type ExportFormat,
} from '../../app/formats/export.ts';
import { decodeImportFile } from '../../app/import/decode-import-file.ts';
import { APP_VERSION } from '../../app/version.ts';
import type { CliIo } from './cli-io.ts';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, type CliCommand } from './command.ts';
import { bundleToModel } from './convert-model.ts';
import { CLI_PARSE_OPTIONS } from './native-document-id.ts';
import { reasonOf } from './read-dataset-file.ts';

/** What convert needs beyond CliIo: somewhere to write, and the time it stamps exports with. */
export interface ConvertEnvironment {
  writeFile: (path: string, text: string) => Promise<void>;
  /** Makes a directory and any missing parents (brat's output folder); fine if it exists. */
  makeDirectory: (path: string) => Promise<void>;
  now: () => Date;
}

const FORMAT_NAMES = EXPORT_FORMATS.map((format) => format.id).join(', ');
/** The full synopsis, for usage errors. */
const SYNOPSIS = 'convert IN --to FORMAT -o OUT';

/** The command, writing through `environment` (tests pass their own clock). */
export function makeConvertCommand(environment: ConvertEnvironment): CliCommand {
  return {
    name: 'convert',
    // The options live in the summary, as agree's do: a longer usage would widen every line of
    // `marginalia --help`.
    usage: 'convert IN',
    summary: `read IN (a dataset, W3C or JSONL file), write -o OUT (- is stdout; a folder for brat) as --to ${EXPORT_FORMATS.map((format) => format.id).join('|')}`,
    async run(args, io) {
      const parsed = parseArguments(args);
      if (typeof parsed === 'string') {
        io.stderr(`marginalia convert: ${parsed}\nusage: marginalia ${SYNOPSIS}\n`);
        return EXIT_USAGE;
      }
      return convert(parsed, io, environment);
    },
  };
}

export const convertCommand = makeConvertCommand({
  writeFile: (path, text) => writeFile(path, text, 'utf8'),
  makeDirectory: async (path) => {
    await mkdir(path, { recursive: true });
  },
  now: () => new Date(),
});

interface ConvertArguments {
  input: string;
  format: ExportFormat;
  output: string;
}

/** The arguments, or what is wrong with them. */
function parseArguments(args: string[]): ConvertArguments | string {
  const positional: string[] = [];
  let format: string | undefined;
  let output: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    if (flag === '--to' || flag === '-o' || flag === '--output') {
      const value = inline ?? args[++i];
      if (value === undefined) return `${flag} needs a value`;
      if (flag === '--to') format = value;
      else output = value;
    } else if (arg.startsWith('-') && arg !== '-') return `unknown option ${arg}`;
    else positional.push(arg);
  }
  if (positional.length !== 1)
    return positional.length === 0
      ? 'no input file given'
      : `one input file, not ${positional.length}`;
  if (format === undefined) return `no --to FORMAT given (one of ${FORMAT_NAMES})`;
  if (!isExportFormat(format))
    return `unknown format "${format}" (expected one of ${FORMAT_NAMES})`;
  if (output === undefined) return 'no -o OUT given (use -o - for standard output)';
  if (format === 'brat' && output === '-')
    return 'brat is a folder of .txt and .ann files: give -o DIRECTORY, not standard output';
  return { input: positional[0]!, format, output };
}

async function convert(
  { input, format, output }: ConvertArguments,
  io: CliIo,
  environment: ConvertEnvironment,
): Promise<number> {
  let text: string;
  try {
    text = await io.readFile(input);
  } catch (error) {
    io.stderr(`${input}: cannot read: ${reasonOf(error, 'file')}\n`);
    return EXIT_USAGE;
  }
  // A dataset's document ids are checked with the native hash, as every other command does.
  const decoded = decodeImportFile(input, text, CLI_PARSE_OPTIONS);
  if (!decoded.ok) {
    for (const { path, message } of decoded.error)
      io.stderr(path === '' ? `${input}: ${message}\n` : `${input}: ${path}: ${message}\n`);
    return EXIT_INVALID;
  }
  for (const warning of decoded.value.warnings) io.stderr(`${input}: warning: ${warning}\n`);

  const now = environment.now();
  const { model, leftOut, relationsLeftOut, withoutText } = bundleToModel(decoded.value, now);
  if (withoutText.length > 0) {
    const names = withoutText
      .slice(0, 3)
      .map((document) => document.ref)
      .join(', ');
    const more = withoutText.length > 3 ? `, and ${withoutText.length - 3} more` : '';
    io.stderr(
      `${input}: cannot convert: ${countOf(withoutText.length, 'document')} without ${withoutText.length === 1 ? 'its' : 'their'} text in this file (${names}${more}); ` +
        'offsets and quotes need the text: convert a W3C export made by Marginalia (it carries the texts) or a dataset\n',
    );
    return EXIT_INVALID;
  }
  for (const { source, reason } of leftOut)
    io.stderr(`${input}: warning: ${source}: left out: ${reason}\n`);
  if (leftOut.length > 0)
    io.stderr(
      `${input}: warning: ${countOf(leftOut.length, 'annotation')} could not be placed by ${leftOut.length === 1 ? 'its' : 'their'} offsets and quote and ${leftOut.length === 1 ? 'is' : 'are'} left out\n`,
    );
  for (const { source, reason } of relationsLeftOut)
    io.stderr(`${input}: warning: ${source}: relation left out: ${reason}\n`);

  const summary = `wrote ${format} (${countOf(model.documents.length, 'document')}, ${countOf(model.annotations.length, 'annotation')})`;
  if (format === 'brat') {
    try {
      await environment.makeDirectory(output);
      for (const file of encodeBratFiles(model))
        await environment.writeFile(join(output, file.name), file.content);
    } catch (error) {
      io.stderr(`${output}: cannot write: ${reasonOf(error, 'directory')}\n`);
      return EXIT_USAGE;
    }
    io.stdout(`${output}: ${summary}\n`);
    return EXIT_OK;
  }
  const { content } = exportModel(model, format, {
    exportedAt: now,
    generatorVersion: APP_VERSION,
  });
  if (output === '-') {
    io.stdout(content);
    io.stderr(`${input}: ${summary} to standard output\n`);
    return EXIT_OK;
  }
  try {
    await environment.writeFile(output, content);
  } catch (error) {
    io.stderr(`${output}: cannot write: ${reasonOf(error, 'directory')}\n`);
    return EXIT_USAGE;
  }
  io.stdout(`${output}: ${summary}\n`);
  return EXIT_OK;
}
