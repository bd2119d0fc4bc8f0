import type { ReactNode } from 'react';

/** Text with "α_U" written as α with a subscript U, as docs/agreement.md means it. */
export function MeasureText({ text }: { text: string }): ReactNode {
  const parts = text.split(/_(\w)/);
  // split with a capture group alternates: text, subscript, text, …
  return parts.map((part, i) => (i % 2 === 1 ? <sub key={i}>{part}</sub> : part));
}
