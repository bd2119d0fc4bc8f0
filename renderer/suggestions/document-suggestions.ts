// The open document's suggestions (issue 10): found paragraph by paragraph while the browser is
// idle (never on the way to the first paint: chrono alone takes about 0.25 s over a 1 MB text),
// kept true to the document as the analyst works — a suggestion is hidden where an annotation of
// its label now lies, or once rejected — and accepted or rejected through the one change model,
// so that Ctrl+Z takes either back. Suggestions are never stored: only rejections are.

import type { AnnotatorId, DocumentId } from '../../app/model/ids.ts';
import { codePoints } from '../../app/model/offsets.ts';
import {
  mergeSuggestions,
  SuggestionFinder,
  type Suggestion,
  type SuggestionContext,
  type SuggestionSource,
} from '../../app/suggestions/index.ts';
import { isAnnotationChange, type Change } from '../changes/change.ts';
import type { ChangeHub } from '../changes/change-hub.ts';
import { changeHubOf } from '../changes/hub-of.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import type { DocumentSession } from '../document/document-session.ts';
import { annotationChangeOf, rejectionOf } from './suggestion-changes.ts';

interface Entry {
  suggestion: Suggestion;
  /** An annotation of the suggestion's label overlaps it. */
  covered: boolean;
}

/** Told which paragraphs' suggestions changed (to repaint them). */
export type ParagraphsListener = (paragraphs: readonly number[]) => void;

/**
 * Idle time left below which a slice stops: a paragraph's dates take 0.2 ms on average but up to
 * ~8 ms, and a slice that overran its idle period would delay the analyst's next key.
 */
const SLICE_RESERVE_MS = 4;
/** A slice's length when the browser was never idle for a second (the callback's timeout). */
const SLICE_BUDGET_MS = 5;

export class DocumentSuggestions {
  private readonly hub: ChangeHub;
  /** Per paragraph, its suggestions in reading order; undefined until it is read. */
  private readonly entries: (Entry[] | undefined)[];
  private readonly paragraphOfKey = new Map<string, number>();
  private dismissed = new Set<string>();
  private context: SuggestionContext = {};
  private finder: SuggestionFinder | null = null;
  /** Per paragraph, what its text alone suggests (dates, mentions): kept while only tagging changes. */
  private readonly textSuggestions: (Suggestion[] | undefined)[];
  /** Paragraphs to read again, in the order they were asked for. */
  private readonly pending = new Set<number>();
  /** Paragraphs whose tagged-elsewhere suggestions alone are to be found again. */
  private readonly pendingTagged = new Set<number>();
  /** Quotes whose tagged-elsewhere suggestion changed: their paragraphs are read again. */
  private readonly changedQuotes = new Set<string>();
  private idle: number | undefined;
  private currentKey: string | null = null;
  private visibleList: { version: number; list: Suggestion[] } | undefined;
  private readonly listeners = new Set<() => void>();
  private readonly paragraphListeners = new Set<ParagraphsListener>();
  private readonly stop: (() => void)[] = [];
  private notifyQueued = false;
  /** Bumped whenever what is shown changes; React reads it through useSyncExternalStore. */
  version = 0;

  constructor(
    db: MarginaliaDatabase,
    private readonly session: DocumentSession,
    private readonly annotator: AnnotatorId,
  ) {
    this.hub = changeHubOf(db);
    this.entries = new Array(session.paragraphs.count);
    this.textSuggestions = new Array(session.paragraphs.count);
    this.stop.push(session.subscribeChanges((changes) => this.annotationsChanged(changes)));
    this.stop.push(this.hub.subscribe((changes) => this.hubChanged(changes)));
  }

  get documentId(): DocumentId {
    return this.session.documentId;
  }

  /** Whether every paragraph has been read with the latest context. */
  get complete(): boolean {
    return (
      this.finder !== null &&
      this.pending.size === 0 &&
      this.pendingTagged.size === 0 &&
      this.changedQuotes.size === 0
    );
  }

  dispose(): void {
    for (const stop of this.stop) stop();
    if (this.idle !== undefined) cancelIdleCallback(this.idle);
    this.listeners.clear();
    this.paragraphListeners.clear();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  onParagraphs(listener: ParagraphsListener): () => void {
    this.paragraphListeners.add(listener);
    return () => this.paragraphListeners.delete(listener);
  }

  /** The analyst's rejections in this document (read once on open). */
  setDismissed(keys: ReadonlySet<string>): void {
    this.dismissed = new Set(keys);
    this.changed([...this.paragraphOfKey.values()]);
  }

  /**
   * What suggestions are found from: every paragraph is read again (its old suggestions stay
   * shown until then, so nothing flickers).
   */
  setContext(context: SuggestionContext): void {
    this.context = context;
    this.finder = new SuggestionFinder(context);
    for (let paragraph = 0; paragraph < this.entries.length; paragraph++)
      this.pending.add(paragraph);
    this.schedule();
  }

  /** The shown suggestions, in reading order. */
  visible(): readonly Suggestion[] {
    if (this.visibleList?.version !== this.version) {
      const list: Suggestion[] = [];
      for (const entries of this.entries)
        if (entries)
          for (const entry of entries) if (this.shows(entry)) list.push(entry.suggestion);
      this.visibleList = { version: this.version, list };
    }
    return this.visibleList.list;
  }

  /** The shown suggestions of one paragraph, for the painter. */
  visibleIn(paragraph: number): Suggestion[] {
    return (this.entries[paragraph] ?? [])
      .filter((entry) => this.shows(entry))
      .map((entry) => entry.suggestion);
  }

  /** The suggestion walked to with the keyboard, while it is shown. */
  current(): Suggestion | null {
    if (this.currentKey === null) return null;
    const paragraph = this.paragraphOfKey.get(this.currentKey);
    const entry =
      paragraph === undefined
        ? undefined
        : this.entries[paragraph]?.find(
            (candidate) => candidate.suggestion.key === this.currentKey,
          );
    return entry && this.shows(entry) ? entry.suggestion : null;
  }

  get currentKeyNow(): string | null {
    return this.current()?.key ?? null;
  }

  /** Makes a suggestion (or none) the current one. */
  setCurrent(key: string | null): void {
    const touched = [this.currentKey, key].flatMap((each) => {
      const paragraph = each === null ? undefined : this.paragraphOfKey.get(each);
      return paragraph === undefined ? [] : [paragraph];
    });
    this.currentKey = key;
    this.changed(touched);
  }

  /** Moves to the next (1) or previous (-1) shown suggestion from the current one; null when there is none. */
  step(direction: 1 | -1): Suggestion | null {
    const list = this.visible();
    if (list.length === 0) return null;
    const current = this.current();
    let next: Suggestion;
    if (current) {
      const at = list.indexOf(current);
      next = list[(at + direction + list.length) % list.length]!;
    } else next = direction > 0 ? list[0]! : list.at(-1)!;
    this.setCurrent(next.key);
    return next;
  }

  /** Accepts one suggestion: an annotation, one undoable step. */
  accept(suggestion: Suggestion, now = new Date()): void {
    const change = annotationChangeOf(this.session, suggestion, this.annotator, now);
    this.actOn(suggestion, () =>
      this.hub.commit(this.documentId, `Accept “${shorten(suggestion.quote)}”`, [change]),
    );
  }

  /** Rejects one suggestion: remembered for this document, one undoable step. */
  reject(suggestion: Suggestion, now = new Date()): void {
    const change = rejectionOf(this.session, suggestion, this.annotator, now);
    this.actOn(suggestion, () =>
      this.hub.commit(this.documentId, `Reject “${shorten(suggestion.quote)}”`, [change]),
    );
  }

  /** Accepts every shown suggestion of one kind in one undoable step; returns how many. */
  acceptAll(source: SuggestionSource, now = new Date()): number {
    const chosen = this.visible().filter((suggestion) => suggestion.source === source);
    if (chosen.length === 0) return 0;
    const changes = chosen.map((suggestion) =>
      annotationChangeOf(this.session, suggestion, this.annotator, now),
    );
    this.hub.commit(
      this.documentId,
      `Accept ${chosen.length} ${KIND_NAMES[source][chosen.length === 1 ? 0 : 1]}`,
      changes,
    );
    return chosen.length;
  }

  /** Runs an accept or a reject; the walk moves on to the suggestion after it. */
  private actOn(suggestion: Suggestion, act: () => void): void {
    const wasCurrent = this.currentKey === suggestion.key;
    act();
    if (!wasCurrent) return;
    // The hub applied the change synchronously: the suggestion is hidden already.
    const next =
      this.visible().find((candidate) => candidate.start >= suggestion.start) ?? this.visible()[0];
    this.setCurrent(next?.key ?? null);
  }

  private shows(entry: Entry): boolean {
    return !entry.covered && !this.dismissed.has(entry.suggestion.key);
  }

  private isCovered(suggestion: Suggestion): boolean {
    return this.session
      .annotationsOverlapping(suggestion.start, suggestion.end)
      .some((annotation) => annotation.label === suggestion.label);
  }

  /** This document's annotations changed (an edit, an undo, an import): suggestions they now cover hide. */
  private annotationsChanged(changes: readonly Change[]): void {
    const touched = new Set<number>();
    for (const change of changes) {
      if (!isAnnotationChange(change)) continue;
      for (const span of [change.before, change.after])
        if (span)
          for (const paragraph of this.paragraphsOf(span.start, span.end)) touched.add(paragraph);
    }
    const moved: number[] = [];
    for (const paragraph of touched) {
      let changed = false;
      for (const entry of this.entries[paragraph] ?? []) {
        const covered = this.isCovered(entry.suggestion);
        if (covered !== entry.covered) [entry.covered, changed] = [covered, true];
      }
      if (changed) moved.push(paragraph);
    }
    this.changed(moved);
  }

  /** Rejections (and their undo) of this document, and the analyst's tagging anywhere. */
  private hubChanged(changes: readonly Change[]): void {
    const touched: number[] = [];
    for (const change of changes) {
      if (change.kind === 'dismissal') {
        const dismissal = change.after ?? change.before;
        if (
          !dismissal ||
          dismissal.kind !== 'suggestion' ||
          dismissal.documentId !== this.documentId ||
          dismissal.annotator !== this.annotator
        )
          continue;
        if (change.after) this.dismissed.add(dismissal.key);
        else this.dismissed.delete(dismissal.key);
        const paragraph = this.paragraphOfKey.get(dismissal.key);
        if (paragraph !== undefined) touched.push(paragraph);
      } else if (isAnnotationChange(change) && this.context.tagged) {
        const tagged = this.context.tagged;
        const { before, after } = change;
        if (before?.annotator === this.annotator && tagged.remove(before))
          this.changedQuotes.add(before.quote);
        if (after?.annotator === this.annotator && tagged.add(after))
          this.changedQuotes.add(after.quote);
      }
    }
    if (this.changedQuotes.size > 0) this.schedule();
    this.changed(touched);
  }

  private paragraphsOf(start: number, end: number): number[] {
    const { paragraphs, index } = this.session;
    const first = paragraphs.paragraphAt(index.toUtf16(codePoints(start)));
    const last = paragraphs.paragraphAt(index.toUtf16(codePoints(Math.max(start, end - 1))));
    const result: number[] = [];
    for (let paragraph = first; paragraph <= last; paragraph++) result.push(paragraph);
    return result;
  }

  private schedule(): void {
    if (this.idle === undefined)
      this.idle = requestIdleCallback((deadline) => this.work(deadline), { timeout: 1000 });
  }

  /** Reads pending paragraphs while the browser is idle, a slice at a time. */
  private work(deadline: IdleDeadline): void {
    this.idle = undefined;
    const { paragraphs, index } = this.session;
    // Quotes tagged or untagged since: the paragraphs holding them are read again.
    if (this.changedQuotes.size > 0) {
      const quotes = [...this.changedQuotes];
      this.changedQuotes.clear();
      paragraphs.lines.forEach((line, paragraph) => {
        if (quotes.some((quote) => line.includes(quote))) this.pendingTagged.add(paragraph);
      });
    }
    const finder = this.finder;
    const read: number[] = [];
    if (finder) {
      const budget = deadline.didTimeout ? SLICE_BUDGET_MS : Infinity;
      const started = performance.now();
      for (const paragraph of new Set([...this.pending, ...this.pendingTagged])) {
        const line = paragraphs.lines[paragraph]!;
        const lineStart = index.toCodePoint(paragraphs.starts[paragraph]!);
        let text = this.textSuggestions[paragraph];
        if (this.pending.delete(paragraph) || text === undefined)
          this.textSuggestions[paragraph] = text = finder.textInLine(line, lineStart);
        this.pendingTagged.delete(paragraph);
        for (const entry of this.entries[paragraph] ?? [])
          this.paragraphOfKey.delete(entry.suggestion.key);
        this.entries[paragraph] = mergeSuggestions([
          ...text,
          ...finder.taggedInLine(line, lineStart),
        ]).map((suggestion) => {
          this.paragraphOfKey.set(suggestion.key, paragraph);
          return { suggestion, covered: this.isCovered(suggestion) };
        });
        read.push(paragraph);
        if (deadline.timeRemaining() < SLICE_RESERVE_MS || performance.now() - started > budget)
          break;
      }
    }
    if (this.pending.size > 0 || this.pendingTagged.size > 0 || this.changedQuotes.size > 0)
      this.schedule();
    // Read by npm run bench: every paragraph read (with the context of the moment).
    else if (read.length > 0)
      performance.mark('marginalia:suggestions-found', {
        detail: { documentId: this.documentId, count: this.visible().length },
      });
    this.changed(read, true);
  }

  /** Repaints `paragraphs` now and tells React soon (after the writes under way, like the side panel). */
  private changed(paragraphs: readonly number[], always = false): void {
    if (paragraphs.length === 0 && !always) return;
    this.version++;
    if (paragraphs.length > 0) for (const listener of this.paragraphListeners) listener(paragraphs);
    if (this.notifyQueued) return;
    this.notifyQueued = true;
    this.session.afterWrites(() => {
      this.notifyQueued = false;
      for (const listener of this.listeners) listener();
    });
  }
}

/** How the analyst calls each kind of suggestion: singular, plural. */
export const KIND_NAMES: Record<SuggestionSource, [string, string]> = {
  date: ['date', 'dates'],
  entity: ['entity mention', 'entity mentions'],
  tagged: ['tagged elsewhere', 'tagged elsewhere'],
};

function shorten(text: string): string {
  return [...text].length > 40 ? `${[...text].slice(0, 37).join('')}…` : text;
}
