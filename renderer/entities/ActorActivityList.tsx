// What one count of the actors table counts, opened under the entity's row: its mentions with
// their context, the documents it appears in, or the claims it makes or that are about it, with
// their text, document and the mention they go through. Each item opens its document there:
// the annotation selected when it is the analyst's own, else its span flashed.

import { useState } from 'react';
import { countOf } from '../../app/formats/dataset/describe-value.ts';
import type { ClaimLink, EntityActivity } from '../../app/entities/actor-overview.ts';
import type { Annotation } from '../../app/model/annotation.ts';
import type { Entity } from '../../app/model/entity.ts';
import type { DocumentTarget } from '../shell/views.ts';
import { annotationTarget } from './annotation-target.ts';

export type ActivityKind = 'mentions' | 'documents' | 'claimsMade' | 'claimsAbout';

/** A long list shows this many items at a time: 5,000 mentions would stall the frame. */
const PAGE = 100;

export interface ActorActivityListProps {
  entity: Entity;
  kind: ActivityKind;
  activity: EntityActivity;
  titleOf(documentId: string): string;
  annotatorName(id: string): string;
  onOpen(target: DocumentTarget): void;
  onClose(): void;
}

function headingOf(kind: ActivityKind, name: string, count: number): string {
  switch (kind) {
    case 'mentions':
      return `${countOf(count, 'mention')} of ${name}`;
    case 'documents':
      return `${countOf(count, 'document')} mentioning ${name}`;
    case 'claimsMade':
      return `${countOf(count, 'claim')} made by ${name}`;
    case 'claimsAbout':
      return `${countOf(count, 'claim')} about ${name}`;
  }
}

export function ActorActivityList(props: ActorActivityListProps) {
  const { kind, activity } = props;
  const [limit, setLimit] = useState(PAGE);
  const count = activity[kind].length;
  const heading = headingOf(kind, props.entity.name, count);
  return (
    <section className="actor-list" aria-label={heading}>
      <header className="actor-list-head">
        <h3>{heading}</h3>
        <button
          type="button"
          className="icon-button"
          aria-label="Close the list"
          onClick={props.onClose}
        >
          ×
        </button>
      </header>
      <ul>
        {kind === 'mentions' &&
          activity.mentions
            .slice(0, limit)
            .map((mention) => <MentionItem key={keyOf(mention)} mention={mention} {...props} />)}
        {kind === 'documents' &&
          activity.documents
            .slice(0, limit)
            .map((documentId) => (
              <DocumentItem key={documentId} documentId={documentId} {...props} />
            ))}
        {(kind === 'claimsMade' || kind === 'claimsAbout') &&
          activity[kind]
            .slice(0, limit)
            .map((link) => <ClaimItem key={keyOf(link.claim)} link={link} {...props} />)}
      </ul>
      {count > limit && (
        <button type="button" className="button small" onClick={() => setLimit(limit + PAGE)}>
          Show {Math.min(PAGE, count - limit)} more of {count - limit}
        </button>
      )}
    </section>
  );
}

function keyOf(annotation: Annotation): string {
  return `${annotation.documentId}|${annotation.annotator}|${annotation.id}`;
}

type ItemProps = ActorActivityListProps;

function Meta({ annotation, ...props }: ItemProps & { annotation: Annotation }) {
  return (
    <span className="actor-item-meta">
      <span className="actor-item-document">{props.titleOf(annotation.documentId)}</span>
      <span>tagged by {props.annotatorName(annotation.annotator)}</span>
    </span>
  );
}

function MentionItem({ mention, ...props }: ItemProps & { mention: Annotation }) {
  return (
    <li>
      <button
        type="button"
        className="actor-item"
        onClick={() => props.onOpen(annotationTarget(mention))}
      >
        <span className="actor-context">
          {mention.prefix}
          <mark className="actor-mark">{mention.quote}</mark>
          {mention.suffix}
        </span>
        <Meta annotation={mention} {...props} />
      </button>
    </li>
  );
}

function DocumentItem({ documentId, ...props }: ItemProps & { documentId: string }) {
  const inDocument = props.activity.mentions.filter((mention) => mention.documentId === documentId);
  const first = inDocument[0]!;
  return (
    <li>
      <button
        type="button"
        className="actor-item"
        onClick={() => props.onOpen(annotationTarget(first))}
      >
        <span className="actor-item-title">{props.titleOf(documentId)}</span>
        <span className="actor-item-meta">
          <span>{countOf(inDocument.length, 'mention')}</span>
          <span>
            first: <q>{first.quote}</q>
          </span>
        </span>
      </button>
    </li>
  );
}

function ClaimItem({ link, ...props }: ItemProps & { link: ClaimLink }) {
  const role = props.kind === 'claimsMade' ? 'claimant' : 'target';
  return (
    <li>
      <button
        type="button"
        className="actor-item"
        onClick={() => props.onOpen(annotationTarget(link.claim))}
      >
        <q className="actor-claim">{link.claim.quote}</q>
        <span className="actor-item-meta">
          <span className="actor-item-document">{props.titleOf(link.claim.documentId)}</span>
          <span>
            {role} <span className="actor-via">{link.via.map((m) => m.quote).join(', ')}</span>
          </span>
          <span>tagged by {props.annotatorName(link.claim.annotator)}</span>
        </span>
      </button>
    </li>
  );
}
