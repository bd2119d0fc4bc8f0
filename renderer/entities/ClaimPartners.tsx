// For the selected entity, in the chosen layer: whom it makes claims about and who makes claims
// about it, as two small bar tables (claims per entity on the other side). A row selects that
// entity, so an analyst can walk the web of claims from actor to actor.

import { countOf } from '../../app/formats/dataset/describe-value.ts';
import { claimPartners, type ActorOverview } from '../../app/entities/actor-overview.ts';
import type { Entity } from '../../app/model/entity.ts';
import type { EntityId } from '../../app/model/ids.ts';

export interface ClaimPartnersProps {
  entity: Entity;
  overview: ActorOverview | undefined;
  byId: ReadonlyMap<EntityId, Entity>;
  onSelect(id: EntityId): void;
}

export function ClaimPartners({ entity, overview, byId, onSelect }: ClaimPartnersProps) {
  if (!overview) return null;
  const nameOf = (id: EntityId) => byId.get(id)?.name ?? id;
  return (
    <section className="claim-partners" aria-label="Claims between actors">
      <PartnerTable
        caption="Makes claims about"
        empty={`No claim by ${entity.name} has a target yet.`}
        partners={claimPartners(overview, entity.id, 'targets', nameOf)}
        nameOf={nameOf}
        onSelect={onSelect}
      />
      <PartnerTable
        caption="Claims about it are made by"
        empty={`No claim about ${entity.name} has a claimant yet.`}
        partners={claimPartners(overview, entity.id, 'claimants', nameOf)}
        nameOf={nameOf}
        onSelect={onSelect}
      />
    </section>
  );
}

function PartnerTable(props: {
  caption: string;
  empty: string;
  partners: ReturnType<typeof claimPartners>;
  nameOf(id: EntityId): string;
  onSelect(id: EntityId): void;
}) {
  const most = Math.max(1, ...props.partners.map((partner) => partner.claims));
  return (
    <table className="partner-table" aria-label={props.caption}>
      <caption>{props.caption}</caption>
      <tbody>
        {props.partners.length === 0 && (
          <tr>
            <td className="muted partner-empty">{props.empty}</td>
          </tr>
        )}
        {props.partners.map(({ entity, claims }) => (
          <tr key={entity ?? ''} data-partner={entity ?? 'unlinked'}>
            <th scope="row">
              {entity === null ? (
                <span className="muted" title="Mentions not linked to an entity">
                  Not linked to an entity
                </span>
              ) : (
                <button type="button" className="title-link" onClick={() => props.onSelect(entity)}>
                  {props.nameOf(entity)}
                </button>
              )}
            </th>
            <td className="partner-bar-cell">
              <span
                className={`partner-bar${entity === null ? ' unlinked' : ''}`}
                style={{ width: `${(100 * claims) / most}%` }}
              />
            </td>
            <td className="numeric partner-count" aria-label={countOf(claims, 'claim')}>
              {claims}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
