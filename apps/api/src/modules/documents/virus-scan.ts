import { Socket } from 'node:net';

export type ScanVerdict = 'clean' | 'infected' | 'down';

const CHUNK = 64 * 1024;

/**
 * Scans bytes with clamd's INSTREAM command over TCP: "zINSTREAM\0", then chunks each led by its length (4 bytes, big
 * endian), then a zero length; clamd answers "stream: OK" or "stream: <name> FOUND". Anything else (refused, timed out,
 * an error line) is "down": the caller decides what a missing verdict means.
 */
export function scanForViruses(host: string, port: number, content: Buffer, timeoutMs = 15_000): Promise<ScanVerdict> {
  return new Promise((resolve) => {
    const socket = new Socket();
    const replies: Buffer[] = [];
    let settled = false;
    const finish = (verdict: ScanVerdict) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      resolve(verdict);
    };
    socket.setTimeout(timeoutMs, () => finish('down'));
    socket.on('error', () => finish('down'));
    socket.on('data', (data) => replies.push(data));
    socket.on('end', () => {
      const reply = Buffer.concat(replies).toString('utf8').replace(/\0/g, '').trim();
      finish(/^stream: OK$/.test(reply) ? 'clean' : /FOUND$/.test(reply) ? 'infected' : 'down');
    });
    socket.connect(port, host, () => {
      socket.write('zINSTREAM\0');
      for (let at = 0; at < content.length; at += CHUNK) {
        const chunk = content.subarray(at, at + CHUNK);
        const size = Buffer.alloc(4);
        size.writeUInt32BE(chunk.length);
        socket.write(size);
        socket.write(chunk);
      }
      socket.write(Buffer.alloc(4));
    });
  });
}
