import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { applySchema } from '../../../src/db/apply-schema.ts';
import { DbError } from '../../../src/db/db-errors.ts';
import { mapNeo4jError } from '../../../src/db/map-neo4j-error.ts';
import { TestNeo4j } from '../helpers/test-neo4j.ts';

describe('the real Neo4j', () => {
  const neo = new TestNeo4j();
  beforeAll(() => void neo.get());
  beforeEach(() => neo.reset());
  afterAll(() => neo.close());

  it('stores a node and reads it back', async () => {
    await neo.run('CREATE (:Actor {id: $id, name: $name})', { id: 'sdf', name: 'قوات سوريا الديمقراطية' });
    const rows = await neo.run('MATCH (a:Actor {id: $id}) RETURN a.name AS name', { id: 'sdf' });
    expect(rows).toEqual([{ name: 'قوات سوريا الديمقراطية' }]);
  });

  it('has the schema applied: a unique id per label, so a duplicate id is a CONFLICT', async () => {
    await neo.run('CREATE (:Claim {id: "c1"})');
    const error = await neo.run('CREATE (:Claim {id: "c1"})').catch((e: unknown) => e);
    const mapped = mapNeo4jError(error);
    expect(mapped).toBeInstanceOf(DbError);
    expect(mapped.code).toBe('CONFLICT');
  });

  it('applies the schema idempotently', async () => {
    const before = await neo.run('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name');
    const files = await applySchema(neo.get());
    const after = await neo.run('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name');
    expect(files.length).toBeGreaterThanOrEqual(10);
    expect(after).toEqual(before);
    expect(after.map((r) => r.name)).toEqual(expect.arrayContaining(['actor_id', 'article_id', 'claim_id', 'incident_id', 'location_id']));
  });

  it('brings OCCURRED_IN written by an older version up to date at start (place id and date for the composite index)', async () => {
    await neo.run("CREATE (:Incident {id: 'old-1', date: '2019-02-03'})-[:OCCURRED_IN]->(:Location {id: 'hajin'})");
    await neo.run("CREATE (:Incident {id: 'old-2'})-[:OCCURRED_IN]->(:Location {id: 'baghuz'})");
    await applySchema(neo.get());
    const rows = await neo.run('MATCH (i:Incident)-[r:OCCURRED_IN]->() RETURN i.id AS id, r.placeId AS placeId, r.date AS date ORDER BY id');
    expect(rows).toEqual([{ id: 'old-1', placeId: 'hajin', date: '2019-02-03' }, { id: 'old-2', placeId: 'baghuz', date: null }]);
    const indexes = await neo.run("SHOW RANGE INDEXES YIELD name, entityType, properties WHERE name = 'occurred_in_place_date' RETURN entityType, properties");
    expect(indexes).toEqual([{ entityType: 'RELATIONSHIP', properties: ['placeId', 'date'] }]);
  });

  it('has an Arabic full-text index that finds a name under another alef form and with tashkeel', async () => {
    await neo.run('CREATE (:Actor {id: "a1", name: "الإدارة الذاتية", nameEn: "Autonomous Administration", aliasText: ""})');
    const rows = await neo.run(
      "CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node RETURN node.id AS id",
      { q: 'الادارة' },
    );
    expect(rows.map((r) => r.id)).toContain('a1');
    const indexes = await neo.run("SHOW FULLTEXT INDEXES YIELD name, options RETURN name, options.indexConfig['fulltext.analyzer'] AS analyzer");
    expect(indexes).toEqual(expect.arrayContaining([{ name: 'entity_names', analyzer: 'arabic' }]));
  });
});
