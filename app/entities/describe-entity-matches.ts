// The entity part of an import plan, in words the analyst reads before anything is written:
// how many entities were recognised and by which rule, how many are new, and which possible
// matches wait for a decision. Offers are listed by name (the first few: a plan is a summary,
// the confirmation screen lists them all).

import type { EntityMatch } from './match-entities.ts';

const OFFERS_LISTED = 5;

const HOW_WORDS = { name: 'by name', wikidata: 'by Wikidata id', id: 'by id' } as const;

/**
 * Lines such as "3 entities matched the library's (2 by name, 1 by Wikidata id)", "1 new",
 * "1 possible match to confirm: “Əliyev” ~ “Aliyev” (accents)"; none for an empty list.
 * "New" counts entities with nothing offered; those with offers are the ones to confirm.
 */
export function describeEntityMatches(matches: readonly EntityMatch[]): string[] {
  const lines: string[] = [];
  const matched = matches.filter((m) => m.match !== null);
  if (matched.length > 0) {
    const counts = (['name', 'wikidata', 'id'] as const)
      .map((how) => [how, matched.filter((m) => m.match!.how === how).length] as const)
      .filter(([, count]) => count > 0)
      .map(([how, count]) => `${count} ${HOW_WORDS[how]}`);
    lines.push(
      `${plural(matched.length, 'entity', 'entities')} matched the library's (${counts.join(', ')})`,
    );
  }
  const unmatched = matches.filter((m) => m.match === null);
  const fresh = unmatched.filter((m) => m.offered.length === 0).length;
  if (fresh > 0) lines.push(`${fresh} new`);
  const toConfirm = unmatched.filter((m) => m.offered.length > 0);
  if (toConfirm.length > 0) {
    const listed = toConfirm
      .slice(0, OFFERS_LISTED)
      .map(
        (m) =>
          `“${m.incoming.name}” ~ ${m.offered.map((o) => `“${o.name}” (${o.why})`).join(' or ')}`,
      );
    const more = toConfirm.length - listed.length;
    lines.push(
      `${plural(toConfirm.length, 'possible match', 'possible matches')} to confirm: ` +
        `${listed.join(', ')}${more > 0 ? ` and ${more} more` : ''}`,
    );
  }
  return lines;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
