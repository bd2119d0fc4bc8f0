// JSON Pointers (RFC 6901), the paths every DatasetIssue carries.

/** The pointer to a child of `parent` (itself a pointer); escapes `~` and `/` in keys. */
export function childPointer(parent: string, key: string | number): string {
  // Most keys are indices or plain names: skip the escaping, which a large file asks for 100,000s of times.
  if (typeof key === 'number' || !/[~/]/.test(key)) return `${parent}/${key}`;
  return `${parent}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
}

/** The value a pointer designates in `root`, or undefined when there is none. */
export function valueAtPointer(root: unknown, pointer: string): unknown {
  if (pointer === '') return root;
  let value = root;
  for (const escaped of pointer.slice(1).split('/')) {
    const key = escaped.replaceAll('~1', '/').replaceAll('~0', '~');
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}
