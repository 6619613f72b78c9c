// Reads a request body up to a limit, for routes whose SDK expects it parsed.
// A body refused part-way is left unread, not destroyed: the route still answers
// (413), and the server closes the connection after that answer (body-guard.ts).
import type { IncomingMessage } from 'node:http';

export class BodyError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message);
  }
}

export async function readJsonBody(req: IncomingMessage, limitBytes: number): Promise<unknown> {
  const type = String(req.headers['content-type'] ?? '');
  if (!type.toLowerCase().startsWith('application/json')) throw new BodyError(415, 'expected application/json');
  const declared = Number(req.headers['content-length'] ?? 0);
  // Don't read what we will refuse anyway.
  if (declared > limitBytes) throw new BodyError(413, `body larger than ${limitBytes} bytes`);
  const body = await readUpTo(req, limitBytes);
  if (body === undefined) throw new BodyError(413, `body larger than ${limitBytes} bytes`);
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    throw new BodyError(400, 'body is not valid JSON');
  }
}

/** The whole body, or undefined as soon as it passes `limitBytes` (the rest is left unread). */
function readUpTo(req: IncomingMessage, limitBytes: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limitBytes) {
        done();
        req.pause();
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      done();
      resolve(Buffer.concat(chunks));
    };
    const onError = (error: Error) => {
      done();
      reject(error);
    };
    // The client went away (or the body guard cut it) before the body was complete.
    const onClose = () => onError(new Error('request closed before its body was complete'));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('close', onClose);
  });
}
