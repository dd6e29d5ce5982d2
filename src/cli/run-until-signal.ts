/**
 * Internal: keeps a running thing alive until SIGINT/SIGTERM, then stops it once; a second signal forces exit.
 */

/** Given a stop function and a logger line writer, resolves after the first signal's clean stop. */
export function runUntilSignal(stop: () => Promise<void>, log: (line: string) => void): Promise<number> {
  return new Promise((resolvePromise) => {
    let stopping = false;
    const onSignal = (signal: NodeJS.Signals): void => {
      if (stopping) {
        log(`${signal} again: exiting now.`);
        process.exit(130);
      }
      stopping = true;
      log(`${signal}: draining requests, closing the database...`);
      stop().then(
        () => {
          log('Stopped cleanly.');
          resolvePromise(0);
        },
        (error: unknown) => {
          log(`Stop failed: ${(error as Error).message}`);
          resolvePromise(1);
        },
      );
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  });
}
