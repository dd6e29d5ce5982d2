/**
 * Public API: database failures as typed errors with stable codes; made only by map-neo4j-error.ts.
 */
export type DbErrorCode = 'DB_UNAVAILABLE' | 'CONFLICT' | 'DB_TIMEOUT' | 'DB_ERROR';

/** A database failure the service expects and can describe to a client by its code. */
export class DbError extends Error {
  /** The Neo4j status code (`Neo.ClientError...`) or driver code, when there was one. */
  readonly neo4jCode: string | null;
  /** The statement that failed (a cypher/ file, or a label), when known. Never its text. */
  readonly statement: string | null;

  constructor(
    readonly code: DbErrorCode,
    message: string,
    options?: { cause?: unknown; neo4jCode?: string | null; statement?: string | null },
  ) {
    const where = [options?.neo4jCode, options?.statement ? `in ${options.statement}` : null]
      .filter(Boolean)
      .join(' ');
    super(where ? `${message.replace(/\.$/, '')} (${where}).` : message, { cause: options?.cause });
    this.name = 'DbError';
    this.neo4jCode = options?.neo4jCode ?? null;
    this.statement = options?.statement ?? null;
  }
}
