/**
 * Internal: parsers for `kg` option values. A bad value stops the command before it does anything, with one
 * `BAD_OPTION` line naming the option and what it takes (exit code 2).
 */
import { statSync } from 'node:fs';
import { InvalidArgumentError } from 'commander';

/** Given an option name and bounds, returns a commander parser that accepts whole numbers from `min` to `max` only. */
export function parseWholeNumber(option: string, min: number, max: number): (value: string) => number {
  return (value) => {
    const n = /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(
        `BAD_OPTION: ${option} takes a whole number from ${min} to ${max}, not "${value}".`,
      );
    }
    return n;
  };
}

/** Given an option name, returns a commander parser that accepts the path of an existing folder only. */
export function parseFolder(option: string): (value: string) => string {
  return (value) => {
    const info = statSync(value, { throwIfNoEntry: false });
    if (!info?.isDirectory())
      throw new InvalidArgumentError(
        `BAD_OPTION: ${option} takes an existing folder; "${value}" is ${info ? 'not a folder' : 'not there'}.`,
      );
    return value;
  };
}
