/**
 * Internal: waits until a Bolt server answers the protocol handshake on a loopback port.
 */
import { connect } from 'node:net';

const BOLT_MAGIC = Buffer.from([0x60, 0x60, 0xb0, 0x17]);
// Offer Bolt 5.x (range 5.0-5.8), 4.4 and 4.x ranges: any real server picks one of these.
const VERSIONS = Buffer.from([0, 8, 8, 5, 0, 0, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0]);

/** Given host and port, resolves true when a Bolt handshake there gets a version back within `timeoutMs`. */
export function isBoltAnswering(host: string, port: number, timeoutMs = 2_000): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const socket = connect({ host, port });
    const finish = (ok: boolean): void => {
      socket.destroy();
      resolvePromise(ok);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('error', () => finish(false));
    socket.once('connect', () => socket.write(Buffer.concat([BOLT_MAGIC, VERSIONS])));
    socket.once('data', (data: Buffer) => finish(data.length >= 4 && data.readUInt32BE(0) !== 0));
  });
}

/** Given host, port and a deadline, polls until Bolt answers; resolves false when the deadline passes first. */
export async function waitForBolt(host: string, port: number, deadlineMs: number, isAborted: () => boolean = () => false): Promise<boolean> {
  while (Date.now() < deadlineMs) {
    if (isAborted()) return false;
    if (await isBoltAnswering(host, port)) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}
