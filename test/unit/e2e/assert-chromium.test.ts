import { describe, expect, it } from 'vitest';
import { assertChromium } from '../../e2e/helpers/launch-chromium.ts';

describe('assertChromium', () => {
  it('fails with one line saying what to install when Chromium is missing', () => {
    expect(() => assertChromium('/no/such/chromium')).toThrow(
      'CHROMIUM_MISSING: the e2e tests need Chromium at /no/such/chromium: install it with `apt-get install chromium` (.ci/run does).',
    );
    expect(() => assertChromium(process.execPath)).not.toThrow();
  });
});
