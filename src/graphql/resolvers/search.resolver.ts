/** Public API: the `search` query: full-text over Arabic and English names and claim text. */
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { listRepository } from '../../db/list.repository.ts';
import type { GraphQLContext } from '../context.ts';
import { resolvePageArgs } from '../pagination/resolve-page-args.ts';
import { toLuceneQuery } from '../search/to-lucene-query.ts';
import { SearchHit, type SearchHitValue } from '../types/search-hit.type.ts';

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], { description: 'Full-text search (Arabic-aware) over actor and place names and aliases (entity_names) and claim sentences and incident summaries (claim_text); best first. Lucene syntax in the text is escaped.' })
  async search(
    @Arg('text', () => String, { description: 'Words to look for, in Arabic or English.' }) text: string,
    @Arg('first', () => Int, { nullable: true, description: 'At most this many hits (default 20, at most the maximum page size).' }) first: number | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SearchHitValue[]> {
    const query = toLuceneQuery(text);
    const { limit } = resolvePageArgs({ first }, ctx.config.limits.maxPageSize);
    const rows = await listRepository.search(ctx.db, query, limit);
    return rows.map((r): SearchHitValue => {
      switch (r.label) {
        case 'Actor':
          return { kind: 'Actor', score: r.score, actor: r.node };
        case 'Location':
          return { kind: 'Location', score: r.score, location: r.node };
        case 'Claim':
          return { kind: 'Claim', score: r.score, claim: r.node };
        case 'Incident':
          return { kind: 'Incident', score: r.score, incident: r.node };
      }
    });
  }
}
