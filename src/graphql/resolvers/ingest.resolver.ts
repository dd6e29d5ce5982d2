/**
 * Public API: the `ingestArticle` mutation (authenticated only) through the server's `ingest` function, and the
 * `article` of its result.
 */
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { ArticleRow } from '../../db/node.repository.ts';
import type { GraphQLContext, IngestOutcome } from '../context.ts';
import { BadUserInputError } from '../errors/bad-user-input.error.ts';
import { NotFoundError } from '../errors/not-found.error.ts';
import { UnauthenticatedError } from '../errors/unauthenticated.error.ts';
import { IngestArticleInput } from '../inputs/ingest-article.input.ts';
import { Article } from '../types/article.type.ts';
import { IngestResult } from '../types/ingest-result.type.ts';

@Resolver(() => IngestResult)
export class IngestResolver {
  @Mutation(() => IngestResult, {
    description:
      'Extracts one article and loads it into the graph (idempotent: the same text twice changes nothing). Needs the API token (Authorization: Bearer ...), else UNAUTHENTICATED.',
  })
  async ingestArticle(
    @Arg('input', () => IngestArticleInput, { description: 'The article.' }) input: IngestArticleInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<IngestOutcome> {
    if (!ctx.authenticated) {
      // Without a configured token nobody is authenticated: asking the client for a token would mislead it.
      throw new UnauthenticatedError(
        ctx.config.security.apiToken
          ? 'ingestArticle needs the API token: send Authorization: Bearer <KG_API_TOKEN>.'
          : 'Mutations are turned off on this server: it has no API token configured (its operator sets KG_API_TOKEN to turn them on).',
      );
    }
    assertIngestInput(input, ctx.config.load.maxFileBytes);
    if (input.outlet) {
      const outlet = await ctx.loaders.actor.load(input.outlet);
      if (!outlet)
        throw new NotFoundError(
          `No actor with id "${input.outlet}": pass the id of a MEDIA actor as \`outlet\`.`,
          { argument: 'input.outlet' },
        );
    }
    if (!ctx.ingest) throw new Error('This server was started without an ingest function.');
    return ctx.ingest({
      text: input.text,
      title: input.title,
      url: input.url,
      outlet: input.outlet,
      publishedAt: input.publishedAt,
    });
  }

  @FieldResolver(() => Article, { nullable: true, description: 'The article as stored.' })
  article(@Root() result: IngestOutcome, @Ctx() ctx: GraphQLContext): Promise<ArticleRow | null> | null {
    return result.articleId ? ctx.loaders.article.load(result.articleId) : null;
  }
}

function assertIngestInput(input: IngestArticleInput, maxBytes: number): void {
  if (input.text.trim().length === 0)
    throw new BadUserInputError('`input.text` is empty.', { argument: 'input.text' });
  if (Buffer.byteLength(input.text, 'utf8') > maxBytes)
    throw new BadUserInputError(`\`input.text\` is larger than ${maxBytes} bytes.`, {
      argument: 'input.text',
    });
  if (input.publishedAt != null && !/^\d{4}-\d{2}-\d{2}$/.test(input.publishedAt)) {
    throw new BadUserInputError('`input.publishedAt` must be YYYY-MM-DD.', { argument: 'input.publishedAt' });
  }
  if (input.url != null && !/^https?:\/\/\S+$/i.test(input.url))
    throw new BadUserInputError('`input.url` must be an http(s) URL.', { argument: 'input.url' });
}
