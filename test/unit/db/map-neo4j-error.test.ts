import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { mapNeo4jError } from '../../../src/db/map-neo4j-error.ts';

describe('mapNeo4jError', () => {
  const err = (code: string) => new Neo4jError('driver text with MATCH (n) secrets', code, 'gql', 'desc');
  it.each([
    ['ServiceUnavailable', 'DB_UNAVAILABLE'],
    ['SessionExpired', 'DB_UNAVAILABLE'],
    ['Neo.ClientError.Schema.ConstraintValidationFailed', 'CONFLICT'],
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'DB_TIMEOUT'],
    ['Neo.ClientError.Statement.SyntaxError', 'DB_ERROR'],
  ])('maps %s to %s without the driver text', (code, expected) => {
    const mapped = mapNeo4jError(err(code));
    expect(mapped.code).toBe(expected);
    expect(mapped.message).not.toMatch(/MATCH|secrets/);
  });

  it('names the Neo4j code and the statement, never the Cypher text', () => {
    const mapped = mapNeo4jError(err('Neo.ClientError.Statement.SemanticError'), 'load/merge-claims.cypher');
    expect(mapped.message).toBe(
      'The database query failed (Neo.ClientError.Statement.SemanticError in load/merge-claims.cypher).',
    );
    expect(mapped).toMatchObject({
      neo4jCode: 'Neo.ClientError.Statement.SemanticError',
      statement: 'load/merge-claims.cypher',
    });
    expect(mapped.message).not.toMatch(/MATCH|secrets/);
  });
});
