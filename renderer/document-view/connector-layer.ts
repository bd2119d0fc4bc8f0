// Draws the selected annotation's links over the text: a box around each linked span and a
// curve from the claim to it, labelled with its role. Only for the selection: permanent arcs make
// long texts illegible (the complaint INCEpTION answered by drawing them only on selection).
// An SVG laid over the scrolling page, in its content coordinates, so it scrolls with the text.

import type { Annotation } from '../../app/model/annotation.ts';
import type { AnnotationId } from '../../app/model/ids.ts';
import { relationTypeName, type Relation } from '../../app/model/relation.ts';
import type { DocumentSession } from '../document/document-session.ts';
import type { DomOffsets } from './dom-offsets.ts';

const SVG = 'http://www.w3.org/2000/svg';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class ConnectorLayer {
  private readonly svg: SVGSVGElement;
  private focus: AnnotationId | null = null;
  private readonly unsubscribe: () => void;
  private readonly resize: ResizeObserver;

  constructor(
    private readonly session: DocumentSession,
    private readonly offsets: DomOffsets,
    private readonly container: HTMLElement,
  ) {
    this.svg = document.createElementNS(SVG, 'svg');
    this.svg.classList.add('connector-layer');
    this.svg.setAttribute('aria-hidden', 'true');
    const defs = document.createElementNS(SVG, 'defs');
    const marker = element('marker', {
      id: 'connector-arrow',
      viewBox: '0 0 10 10',
      refX: '9',
      refY: '5',
      markerWidth: '7',
      markerHeight: '7',
      orient: 'auto-start-reverse',
    });
    marker.append(element('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: 'connector-arrow' }));
    defs.append(marker);
    this.svg.append(defs);
    container.append(this.svg);
    this.unsubscribe = session.subscribeChanges(() => this.draw());
    this.resize = new ResizeObserver(() => this.draw());
    this.resize.observe(container);
  }

  dispose(): void {
    this.unsubscribe();
    this.resize.disconnect();
    this.svg.remove();
  }

  /** Shows the links of one annotation (a claim's, or the claims linking an actor or date). */
  show(id: AnnotationId | null): void {
    this.focus = id;
    this.draw();
  }

  /** How many links are drawn now (for tests and the bench). */
  get drawn(): number {
    return this.svg.querySelectorAll('.connector').length;
  }

  draw(): void {
    for (const child of [...this.svg.children]) if (child.tagName !== 'defs') child.remove();
    const focus = this.focus ? this.session.get(this.focus) : undefined;
    if (!focus) return;
    const links: [Relation, Annotation, Annotation][] = [];
    for (const relation of this.session.relationsFrom(focus.id)) {
      const target = this.session.get(relation.to);
      if (target) links.push([relation, focus, target]);
    }
    for (const relation of this.session.relationsTo(focus.id)) {
      const claim = this.session.get(relation.from);
      if (claim) links.push([relation, claim, focus]);
    }
    if (links.length === 0) return;
    this.svg.setAttribute('width', String(this.container.scrollWidth));
    this.svg.setAttribute('height', String(this.container.scrollHeight));
    for (const [relation, from, to] of links) {
      const fromBox = this.firstBox(from);
      const toBoxes = this.boxes(to);
      if (!fromBox || toBoxes.length === 0) continue;
      const group = element('g', {
        class: `connector connector-${relation.type}`,
        'data-relation-id': relation.id,
      });
      for (const box of from.id === focus.id ? toBoxes : this.boxes(from)) {
        group.append(
          element('rect', {
            class: 'connector-box',
            x: String(box.x - 2),
            y: String(box.y - 1),
            width: String(box.width + 4),
            height: String(box.height + 2),
            rx: '3',
          }),
        );
      }
      // From near the claim's start, so that links to spans inside a long claim still arc visibly.
      const start = { x: fromBox.x + Math.min(fromBox.width / 2, 24), y: fromBox.y };
      const end = { x: toBoxes[0]!.x + toBoxes[0]!.width / 2, y: toBoxes[0]!.y };
      // Arcs above the text, higher the further apart the ends are, so neighbours stay readable.
      const lift = Math.min(
        80,
        18 + Math.abs(end.x - start.x) / 6 + Math.abs(end.y - start.y) / 10,
      );
      const top = Math.min(start.y, end.y) - lift;
      const d = `M ${start.x} ${start.y} C ${start.x} ${top}, ${end.x} ${top}, ${end.x} ${end.y - 2}`;
      group.append(
        element('path', { class: 'connector-path', d, 'marker-end': 'url(#connector-arrow)' }),
      );
      // The role beside the arrow's tip: a label at the arc's middle collides with its neighbours'.
      const label = element('text', {
        class: 'connector-label',
        x: String(end.x + 5),
        y: String(end.y - 9),
        'text-anchor': 'start',
      });
      label.textContent = relationTypeName(relation.type).toLowerCase();
      group.append(label);
      this.svg.append(group);
    }
    // Read by npm run bench: the moment the selection's links are drawn.
    performance.mark('marginalia:connectors-painted', { detail: links.length });
  }

  private firstBox(annotation: Annotation): Box | null {
    return this.boxes(annotation)[0] ?? null;
  }

  /** The span's line boxes, in the scroll container's content coordinates. */
  private boxes(annotation: Annotation): Box[] {
    const frame = this.container.getBoundingClientRect();
    const boxes: Box[] = [];
    for (const paragraph of this.offsets.paragraphsOfSpan(annotation)) {
      const range = this.offsets.spanRangeInParagraph(annotation, paragraph);
      if (!range) continue;
      for (const rect of range.getClientRects()) {
        if (rect.width === 0) continue;
        boxes.push({
          x: rect.left - frame.left + this.container.scrollLeft,
          y: rect.top - frame.top + this.container.scrollTop,
          width: rect.width,
          height: rect.height,
        });
      }
    }
    return boxes;
  }
}

function element<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string>,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  return node;
}
