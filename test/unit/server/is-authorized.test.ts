import { describe, expect, it } from 'vitest';
import { isAuthorized } from '../../../src/server/is-authorized.ts';

describe('isAuthorized', () => {
  const token = 'a-long-enough-secret-token';
  it('accepts the configured bearer token', () => expect(isAuthorized(`Bearer ${token}`, token)).toBe(true));
  it('refuses another token, a prefix, or none', () => {
    expect(isAuthorized('Bearer wrong', token)).toBe(false);
    expect(isAuthorized(`Bearer ${token.slice(0, -1)}`, token)).toBe(false);
    expect(isAuthorized(undefined, token)).toBe(false);
    expect(isAuthorized(token, token)).toBe(false);
  });
  it('refuses everything when no token is configured', () => expect(isAuthorized('Bearer x', undefined)).toBe(false));
});
