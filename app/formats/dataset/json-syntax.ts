// Finds where a JSON text stops being JSON. JSON.parse says *that* a file is broken but not
// reliably *where*: V8's messages changed between releases and some ("Unexpected end of JSON
// input") carry no position at all. This scanner runs only after JSON.parse has failed, and is
// iterative so that deeply nested input cannot overflow the stack.

export interface JsonSyntaxError {
  /** What was expected or found, without the position. */
  description: string;
  /** 1-based line; CRLF, LF and a lone CR each end a line. */
  line: number;
  /** 1-based column, in code points. */
  column: number;
}

type State = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'after-value';

/** The first syntax error in `text`, or undefined when it is valid JSON (RFC 8259). */
export function locateJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const failure = scan(text);
  return failure && { description: failure.description, ...lineAndColumn(text, failure.offset) };
}

interface Failure {
  description: string;
  offset: number;
}

function scan(text: string): Failure | undefined {
  const containers: ('array' | 'object')[] = [];
  let state: State = 'value';
  let i = 0;
  const fail = (description: string, offset = i): Failure => ({ description, offset });
  const unexpected = (expected: string): Failure =>
    i >= text.length
      ? fail('Unexpected end of input')
      : fail(`Unexpected ${describeCharacter(text, i)}; expected ${expected}`);

  for (;;) {
    while (i < text.length && isWhitespace(text.charCodeAt(i))) i++;
    const c = text[i];
    switch (state) {
      case 'value':
      case 'value-or-close': {
        if (state === 'value-or-close' && c === ']') {
          containers.pop();
          i++;
          state = 'after-value';
        } else if (c === '{') {
          containers.push('object');
          i++;
          state = 'key-or-close';
        } else if (c === '[') {
          containers.push('array');
          i++;
          state = 'value-or-close';
        } else {
          const failure =
            c === '"'
              ? scanString(text, i)
              : c === '-' || isDigit(c)
                ? scanNumber(text, i)
                : scanLiteral(text, i);
          if (typeof failure !== 'number') return failure ?? unexpected('a value');
          i = failure;
          state = 'after-value';
        }
        break;
      }
      case 'key':
      case 'key-or-close': {
        if (state === 'key-or-close' && c === '}') {
          containers.pop();
          i++;
          state = 'after-value';
          break;
        }
        if (c !== '"')
          return unexpected(
            state === 'key'
              ? 'a property name in double quotes'
              : "a property name in double quotes or '}'",
          );
        const end = scanString(text, i);
        if (typeof end !== 'number') return end;
        i = end;
        while (i < text.length && isWhitespace(text.charCodeAt(i))) i++;
        if (text[i] !== ':') return unexpected("':' after the property name");
        i++;
        state = 'value';
        break;
      }
      case 'after-value': {
        const container = containers.at(-1);
        if (container === undefined)
          return i < text.length
            ? fail(`Unexpected ${describeCharacter(text, i)} after the end of the JSON value`)
            : undefined;
        const close = container === 'array' ? ']' : '}';
        if (c === ',') {
          i++;
          state = container === 'array' ? 'value' : 'key';
        } else if (c === close) {
          containers.pop();
          i++;
        } else {
          return unexpected(`',' or '${close}'`);
        }
        break;
      }
    }
  }
}

/** Offset just past the string starting at `start`, or why it is not one. */
function scanString(text: string, start: number): number | Failure {
  let i = start + 1;
  while (i < text.length) {
    const unit = text.charCodeAt(i);
    if (unit === 0x22) return i + 1;
    if (unit < 0x20)
      return { description: `Unescaped control character U+${hex4(unit)} in a string`, offset: i };
    if (unit === 0x5c) {
      const escape = text[i + 1];
      if (escape === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
          return { description: 'Invalid \\u escape (expected four hex digits)', offset: i };
        i += 6;
        continue;
      }
      if (escape === undefined || !'"\\/bfnrt'.includes(escape))
        return { description: 'Invalid escape in a string', offset: i };
      i += 2;
      continue;
    }
    i++;
  }
  return { description: 'Unterminated string', offset: start };
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

function scanNumber(text: string, start: number): number | Failure {
  NUMBER.lastIndex = start;
  const match = NUMBER.exec(text);
  const end = start + (match?.[0].length ?? 0);
  // A valid prefix followed by more number characters ("01", "1.", "1e") is still invalid.
  if (!match || /[\d.eE]/.test(text[end] ?? ''))
    return { description: 'Invalid number', offset: start };
  return end;
}

/** Offset past true/false/null at `start`; undefined when none starts there. */
function scanLiteral(text: string, start: number): number | Failure | undefined {
  for (const literal of ['true', 'false', 'null']) {
    if (text.startsWith(literal, start)) return start + literal.length;
  }
  if (/^[a-zA-Z]/.test(text[start] ?? '')) {
    const word = /^[a-zA-Z]+/.exec(text.slice(start, start + 20))![0];
    return {
      description: `Unexpected word ${JSON.stringify(word)}; expected a value (true, false and null are lowercase)`,
      offset: start,
    };
  }
  return undefined;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: [...text.slice(lineStart, offset)].length + 1 };
}

function describeCharacter(text: string, offset: number): string {
  const character = String.fromCodePoint(text.codePointAt(offset)!);
  // Quoted like the expectations ("expected ',' or '}'"), so a double quote reads as '"'.
  return character.charCodeAt(0) < 0x20
    ? `character U+${hex4(character.charCodeAt(0))}`
    : `character '${character}'`;
}

function isWhitespace(unit: number): boolean {
  return unit === 0x20 || unit === 0x09 || unit === 0x0a || unit === 0x0d;
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function hex4(unit: number): string {
  return unit.toString(16).toUpperCase().padStart(4, '0');
}
