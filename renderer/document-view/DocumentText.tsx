// The document's text in a read-only Lexical editor: one ParagraphNode per line, one TextNode
// per paragraph. Lexical owns this DOM; annotations are never nodes in it (they are painted
// on top by HighlightPainter), so the text the analyst reads is exactly the source text.

import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  type LexicalEditor,
  type NodeKey,
} from 'lexical';
import { useLayoutEffect, useMemo } from 'react';
import type { ParagraphTable } from '../../app/text/paragraphs.ts';

export interface DocumentTextProps {
  /** Identifies the document, so a different one builds a fresh editor. */
  documentKey: string;
  paragraphs: ParagraphTable;
  /** The first screenful of paragraphs is in the DOM. */
  onReady(root: HTMLElement, paragraphElements: HTMLElement[]): void;
  /** More paragraphs were appended; `done` on the last chunk. */
  onMore(paragraphElements: HTMLElement[], done: boolean): void;
}

/**
 * The first chunk is about a screenful and a half, built before the first paint; the rest
 * follows in chunks between frames. Building all 1,600 paragraphs of a 1 MB document at once
 * kept the analyst waiting ~150 ms in Lexical and style work for text far below the fold.
 */
const FIRST_CHUNK_CHARACTERS = 12_000;
const LATER_CHUNK_PARAGRAPHS = 250;

export function DocumentText({ documentKey, paragraphs, onReady, onMore }: DocumentTextProps) {
  const initialConfig = useMemo(
    () => ({
      namespace: `marginalia-document-${documentKey}`,
      editable: false,
      theme: { paragraph: 'doc-paragraph' },
      onError(error: Error) {
        throw error;
      },
    }),
    [documentKey],
  );
  return (
    <LexicalComposer key={documentKey} initialConfig={initialConfig}>
      <ContentEditable className="document-text" aria-label="Document text" spellCheck={false} />
      <TextLoaderPlugin paragraphs={paragraphs} onReady={onReady} onMore={onMore} />
    </LexicalComposer>
  );
}

function TextLoaderPlugin({
  paragraphs,
  onReady,
  onMore,
}: Pick<DocumentTextProps, 'paragraphs' | 'onReady' | 'onMore'>) {
  const [editor] = useLexicalComposerContext();
  useLayoutEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = (root: HTMLElement) => {
      let next = firstChunkEnd(paragraphs);
      const first = appendParagraphs(editor, paragraphs, 0, next, true);
      onReady(root, first);
      const more = () => {
        if (cancelled) return;
        const end = Math.min(paragraphs.count, next + LATER_CHUNK_PARAGRAPHS);
        const elements = appendParagraphs(editor, paragraphs, next, end, false);
        next = end;
        onMore(elements, next >= paragraphs.count);
        if (next < paragraphs.count) timer = setTimeout(more, 0);
      };
      if (next < paragraphs.count) timer = setTimeout(more, 0);
      else onMore([], true);
    };
    const root = editor.getRootElement();
    let unregister = () => {};
    if (root) load(root);
    else
      unregister = editor.registerRootListener((element) => {
        if (element) {
          unregister();
          load(element);
        }
      });
    return () => {
      cancelled = true;
      clearTimeout(timer);
      unregister();
    };
    // onReady/onMore are callback props; the text is loaded once per paragraph table.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor, paragraphs]);
  return null;
}

function firstChunkEnd(paragraphs: ParagraphTable): number {
  let characters = 0;
  let end = 0;
  while (end < paragraphs.count && characters < FIRST_CHUNK_CHARACTERS)
    characters += paragraphs.lines[end++]!.length + 1;
  return end;
}

/** Appends paragraphs [from, to) to the editor, synchronously, and returns their elements. */
function appendParagraphs(
  editor: LexicalEditor,
  paragraphs: ParagraphTable,
  from: number,
  to: number,
  clear: boolean,
): HTMLElement[] {
  const keys: NodeKey[] = [];
  editor.update(
    () => {
      const root = $getRoot();
      if (clear) root.clear();
      const nodes = [];
      for (let i = from; i < to; i++) {
        const paragraph = $createParagraphNode();
        const line = paragraphs.lines[i]!;
        if (line) paragraph.append($createTextNode(line));
        keys.push(paragraph.getKey());
        nodes.push(paragraph);
      }
      root.append(...nodes);
    },
    { discrete: true },
  );
  return keys.map((key) => editor.getElementByKey(key)!);
}
