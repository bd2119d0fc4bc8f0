// The document's text in a read-only Lexical editor: one ParagraphNode per line, one TextNode
// per paragraph. Lexical owns this DOM; annotations are never nodes in it (they are painted
// on top by HighlightPainter), so the text the analyst reads is exactly the source text.

import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { $createParagraphNode, $createTextNode, $getRoot, type LexicalEditor, type NodeKey } from 'lexical';
import { useLayoutEffect, useMemo } from 'react';
import type { ParagraphTable } from '../../app/text/paragraphs.ts';

export interface DocumentTextProps {
  /** Identifies the document, so a different one builds a fresh editor. */
  documentKey: string;
  paragraphs: ParagraphTable;
  onReady(root: HTMLElement, paragraphElements: HTMLElement[]): void;
}

export function DocumentText({ documentKey, paragraphs, onReady }: DocumentTextProps) {
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
      <TextLoaderPlugin paragraphs={paragraphs} onReady={onReady} />
    </LexicalComposer>
  );
}

function TextLoaderPlugin({ paragraphs, onReady }: Pick<DocumentTextProps, 'paragraphs' | 'onReady'>) {
  const [editor] = useLexicalComposerContext();
  useLayoutEffect(() => {
    let cancelled = false;
    const load = (root: HTMLElement) => {
      const keys = buildParagraphs(editor, paragraphs);
      if (!cancelled) onReady(root, keys.map((key) => editor.getElementByKey(key)!));
    };
    const root = editor.getRootElement();
    if (root) {
      load(root);
      return () => {
        cancelled = true;
      };
    }
    const unregister = editor.registerRootListener((next) => {
      if (next) {
        unregister();
        load(next);
      }
    });
    return () => {
      cancelled = true;
      unregister();
    };
    // onReady is a callback prop; the text is loaded once per paragraph table.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor, paragraphs]);
  return null;
}

/** Replaces the editor's content with the document's paragraphs, synchronously. */
function buildParagraphs(editor: LexicalEditor, paragraphs: ParagraphTable): NodeKey[] {
  const keys: NodeKey[] = [];
  editor.update(
    () => {
      const root = $getRoot();
      root.clear();
      const nodes = paragraphs.lines.map((line) => {
        const paragraph = $createParagraphNode();
        if (line) paragraph.append($createTextNode(line));
        keys.push(paragraph.getKey());
        return paragraph;
      });
      root.append(...nodes);
    },
    { discrete: true },
  );
  return keys;
}
