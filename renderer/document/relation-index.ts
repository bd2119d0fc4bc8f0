// A document's relations in memory, indexed by both endpoints, so that a claim's links and an
// actor's or date's claims are found without scanning every relation.

import type { AnnotationId, RelationId } from '../../app/model/ids.ts';
import { compareRelations, type Relation } from '../../app/model/relation.ts';

export class RelationIndex {
  private readonly byId = new Map<RelationId, Relation>();
  private readonly byEndpoint = new Map<AnnotationId, Set<RelationId>>();

  constructor(relations: readonly Relation[] = []) {
    for (const relation of relations) this.put(relation);
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: RelationId): Relation | undefined {
    return this.byId.get(id);
  }

  has(id: RelationId): boolean {
    return this.byId.has(id);
  }

  all(): Relation[] {
    return [...this.byId.values()].sort(compareRelations);
  }

  put(relation: Relation): void {
    const previous = this.byId.get(relation.id);
    if (previous) this.delete(previous.id);
    this.byId.set(relation.id, relation);
    this.endpoint(relation.from).add(relation.id);
    this.endpoint(relation.to).add(relation.id);
  }

  delete(id: RelationId): void {
    const relation = this.byId.get(id);
    if (!relation) return;
    this.byId.delete(id);
    for (const endpoint of [relation.from, relation.to]) {
      const set = this.byEndpoint.get(endpoint);
      set?.delete(id);
      if (set?.size === 0) this.byEndpoint.delete(endpoint);
    }
  }

  private endpoint(id: AnnotationId): Set<RelationId> {
    let set = this.byEndpoint.get(id);
    if (!set) this.byEndpoint.set(id, (set = new Set()));
    return set;
  }

  /** Relations starting from an annotation (a claim's links), in a stable order. */
  from(id: AnnotationId): Relation[] {
    return this.touching(id).filter((relation) => relation.from === id);
  }

  /** Relations pointing at an annotation (the claims linking an actor or a date). */
  to(id: AnnotationId): Relation[] {
    return this.touching(id).filter((relation) => relation.to === id);
  }

  /** Every relation with the annotation at either end. */
  touching(id: AnnotationId): Relation[] {
    const ids = this.byEndpoint.get(id);
    if (!ids) return [];
    return [...ids].map((relationId) => this.byId.get(relationId)!).sort(compareRelations);
  }
}
