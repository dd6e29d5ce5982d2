import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/config/load-config.ts';

describe('loadConfig', () => {
  it('gives documented defaults: embedded database, port 4000, playground on outside production', () => {
    const config = loadConfig({}, '/srv/kg');
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.embedded).toMatchObject({ dataDir: '/srv/kg/.data', port: 7687 });
    expect(config.server).toMatchObject({ port: 4000, host: '127.0.0.1', playground: true, introspection: true });
    expect(Object.isFrozen(config.server)).toBe(true);
  });

  it('turns playground and introspection off in production unless asked', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).server).toMatchObject({ playground: false, introspection: false, includeStacktrace: false });
    expect(loadConfig({ NODE_ENV: 'production', KG_PLAYGROUND: 'true' }).server.playground).toBe(true);
  });

  it('uses NEO4J_URI and treats empty strings as unset', () => {
    expect(loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_PASSWORD: 'pw' }).neo4j).toMatchObject({
      uri: 'neo4j+s://abc.databases.neo4j.io',
      user: 'neo4j',
      password: 'pw',
    });
    expect(loadConfig({ NEO4J_URI: '' }).neo4j.uri).toBeUndefined();
  });

  it('names every bad variable at once', () => {
    let error: unknown;
    try {
      loadConfig({ NEO4J_URI: 'http://x', PORT: 'eighty', KG_API_TOKEN: 'short' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/NEO4J_URI/);
    expect(problems).toMatch(/PORT/);
    expect(problems).toMatch(/KG_API_TOKEN/);
  });
});
