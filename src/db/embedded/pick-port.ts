/**
 * Internal: finds a loopback TCP port the embedded database can bind.
 */
import { createServer } from 'node:net';

function tryListen(port: number): Promise<number | null> {
  return new Promise((resolvePromise) => {
    const server = createServer();
    server.once('error', () => resolvePromise(null));
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : null;
      server.close(() => resolvePromise(bound));
    });
  });
}

/** Given a preferred port (0 for any), returns it when free on 127.0.0.1, else a free port chosen by the OS. */
export async function pickPort(preferred: number): Promise<number> {
  if (preferred > 0) {
    const got = await tryListen(preferred);
    if (got !== null) return got;
  }
  const any = await tryListen(0);
  if (any === null) throw new Error('No free TCP port on 127.0.0.1');
  return any;
}
