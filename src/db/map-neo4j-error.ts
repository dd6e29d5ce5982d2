/**
 * Public API: the one place that translates neo4j-driver errors into DbError codes (modelled on neo4j/graphql
 * Executor.formatError). The driver's text is kept as `cause` for logs, never shown to clients.
 */
import { Neo4jError } from 'neo4j-driver';
import { DbError } from './db-errors.ts';

const UNAVAILABLE = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

/**
 * Given anything thrown by the driver and the statement that ran (a cypher/ file or a label), returns the DbError
 * that describes it; its message names the Neo4j code and the statement, never the driver's text or the Cypher.
 */
export function mapNeo4jError(error: unknown, statement?: string): DbError {
  if (error instanceof DbError) return error;
  const code = error instanceof Neo4jError ? error.code : (error as { code?: string } | null)?.code;
  const options = {
    cause: error,
    neo4jCode: typeof code === 'string' && code !== '' ? code : null,
    statement: statement ?? null,
  };
  if (code && UNAVAILABLE.has(code))
    return new DbError('DB_UNAVAILABLE', 'The database is unavailable.', options);
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new DbError('CONFLICT', 'The write conflicts with existing data.', options);
  }
  if (
    code === 'Neo.ClientError.Transaction.TransactionTimedOut' ||
    code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'
  ) {
    return new DbError('DB_TIMEOUT', 'The database query took too long.', options);
  }
  if (error instanceof Error && /connect|ECONNREFUSED|ECONNRESET|Pool is closed/i.test(error.message)) {
    return new DbError('DB_UNAVAILABLE', 'The database is unavailable.', options);
  }
  return new DbError('DB_ERROR', 'The database query failed.', options);
}
