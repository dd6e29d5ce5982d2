import { describe, expect, it } from 'vitest';
import { formatReadyLine } from '../../../src/cli/commands/serve.ts';

describe('formatReadyLine', () => {
  it('advertises the playground only when it is served (not in production by default)', () => {
    expect(formatReadyLine('http://127.0.0.1:4000', false)).toBe(
      'GraphQL ready at http://127.0.0.1:4000/graphql. Ctrl-C stops.',
    );
    expect(formatReadyLine('http://127.0.0.1:4000', true)).toContain('playground at http://127.0.0.1:4000/');
  });
});
