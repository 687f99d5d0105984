import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { RoleRow } from '../../graph/entity.repository.ts';
import type { EvidenceRow } from '../../graph/rows.ts';
import { Evidence } from '../types/evidence.type.ts';
import { Role } from '../types/role.type.ts';

@Resolver(() => Role)
export class RoleResolver {
  @FieldResolver(() => Evidence, {
    nullable: true,
    description: 'The words that give the role ("Israeli Prime Minister").',
  })
  evidence(@Root() r: RoleRow): EvidenceRow | null {
    if (r.start === null || r.end === null || !r.articleId) return null;
    return { articleId: r.articleId, start: r.start, end: r.end, sentence: null, confidence: null, extractor: null };
  }
}
