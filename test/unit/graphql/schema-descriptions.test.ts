import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isUnionType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildAppSchema } from '../../../src/graphql/build-schema.ts';

describe('the schema', () => {
  it('describes every type, field, argument and enum value', () => {
    const missing: string[] = [];
    for (const type of Object.values(buildAppSchema().getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      // type-graphql gives the root types no description; their fields carry it.
      if (!type.description && !['Query', 'Mutation'].includes(type.name)) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const v of type.getValues()) if (!v.description) missing.push(`${type.name}.${v.name}`);
      if (isUnionType(type) && type.getTypes().length === 0) missing.push(`${type.name} has no members`);
    }
    expect(missing).toEqual([]);
  });

  it('has the queries, the mutation and Relay connections the API promises', () => {
    const schema = buildAppSchema();
    expect(Object.keys(schema.getQueryType()?.getFields() ?? {}).sort()).toEqual(
      ['actor', 'actorNetwork', 'actors', 'article', 'claim', 'compareOutlets', 'health', 'incident', 'incidents', 'location', 'locationsNear', 'outlet', 'path', 'search'].sort(),
    );
    expect(Object.keys(schema.getMutationType()?.getFields() ?? {})).toEqual(['ingestArticle']);
    for (const name of ['ActorConnection', 'IncidentConnection', 'ClaimConnection', 'LocationConnection', 'ArticleConnection']) {
      const type = schema.getType(name);
      expect(isObjectType(type) && Object.keys(type.getFields()).sort(), name).toEqual(['edges', 'pageInfo', 'totalCount']);
    }
  });
});
