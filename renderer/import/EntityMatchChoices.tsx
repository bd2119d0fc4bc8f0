import { useState } from 'react';
import type { EntityMatch } from '../../app/entities/match-entities.ts';
import type { EntityId } from '../../app/model/ids.ts';

const WHY = { name: 'same name', accents: 'differs only in accents', alias: 'an alias' } as const;

/**
 * The file's entities that may be ones the library has (a name differing only in accents, or
 * matching an alias): the analyst says which, before anything is written. Left alone, each is
 * added as a new entity; nothing is merged on a guess.
 */
export function EntityMatchChoices({
  matches,
  onChoose,
}: {
  matches: readonly EntityMatch[];
  onChoose(choices: ReadonlyMap<EntityId, EntityId | 'new'>): void;
}) {
  const [choices, setChoices] = useState<Map<EntityId, EntityId | 'new'>>(new Map());
  const offered = matches.filter((match) => match.match === null && match.offered.length > 0);
  const chosen = matches.filter((match) => match.match !== null && choices.has(match.incoming.id));
  if (offered.length === 0 && chosen.length === 0) return null;
  return (
    <fieldset className="entity-choices">
      <legend>Possible matches with the library’s entities</legend>
      {[...offered, ...chosen].map((match) => (
        <label key={match.incoming.id} className="entity-choice">
          <span>“{match.incoming.name}”</span>
          <select
            aria-label={`Entity “${match.incoming.name}”`}
            value={choices.get(match.incoming.id) ?? 'new'}
            onChange={(event) => {
              const next = new Map(choices);
              next.set(match.incoming.id, event.target.value as EntityId | 'new');
              setChoices(next);
              onChoose(next);
            }}
          >
            <option value="new">Add as a new entity</option>
            {match.offered.map((offer) => (
              <option key={offer.entityId} value={offer.entityId}>
                Same as “{offer.name}” ({WHY[offer.why]})
              </option>
            ))}
          </select>
        </label>
      ))}
    </fieldset>
  );
}
