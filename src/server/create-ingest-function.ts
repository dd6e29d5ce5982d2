/**
 * Internal: the `ingest` function the server puts into every GraphQL context: one article through the same
 * load path as `kg load` and the seeds (lexicon upsert, extract, resolve incidents, write), keyed by its URL
 * or its text so that ingesting it twice changes nothing.
 */
import { createHash } from 'node:crypto';
import type { Config } from '../config/load-config.ts';
import type { Db } from '../db/create-driver.ts';
import type { IngestFunction } from '../graphql/context.ts';
import { BadUserInputError } from '../graphql/errors/bad-user-input.error.ts';
import { getLoadContext, loadInputs } from '../load/load-paths.ts';
import { articleIdOf } from '../load/prepare-article.ts';
import { isCalendarDate } from '../load/read/is-calendar-date.ts';
import type { LoadInput } from '../load/read/read-inputs.ts';
import { findTextProblem } from '../load/read/find-text-problem.ts';

/** Given the Db and config, returns the function that ingests one article. */
export function createIngestFunction(db: Db, config: Config): IngestFunction {
  return async (input) => {
    // The same rule as metadata files (src/load/read/article-meta-schema.ts): a real calendar day only.
    if (input.publishedAt != null && !isCalendarDate(input.publishedAt)) {
      throw new BadUserInputError(`\`input.publishedAt\` is not a real date: ${input.publishedAt}.`, {
        argument: 'input.publishedAt',
      });
    }
    const key = input.url ?? `ingest:${createHash('sha256').update(input.text).digest('hex').slice(0, 32)}`;
    const article: LoadInput = {
      file: key,
      key,
      encoding: 'utf-8',
      text: input.text,
      meta: {
        title: input.title ?? null,
        outlet: input.outlet ?? null,
        url: input.url ?? null,
        publishedAt: input.publishedAt ?? null,
        language: 'ar',
      },
    };
    // The same screen as `kg load`: a text that is not Arabic news would still yield "entities".
    const textProblem = findTextProblem(input.text, (await getLoadContext()).lexicon);
    if (textProblem)
      throw new BadUserInputError(
        `\`input.text\` is not an Arabic news text: ${textProblem.code}: ${textProblem.message}.`,
        { argument: 'input.text' },
      );
    const summary = await loadInputs(db, [article], { batchSize: config.load.batchSize });
    const failure = summary.failed[0];
    if (failure)
      throw new BadUserInputError(`The article could not be loaded: ${failure.message}`, {
        argument: 'input.text',
      });
    return {
      articleId: articleIdOf(article),
      changed: summary.loaded > 0,
      claims: summary.claims,
      incidents: summary.incidents,
    };
  };
}
