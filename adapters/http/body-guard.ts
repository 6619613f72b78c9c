// Guards every request body at the server, before any route reads it, so that
// all routes benefit, including Slack's, whose body Bolt's receiver reads itself
// (nothing here consumes a body a route still has to read):
//
// - a body declared larger than any route accepts is refused with 413 at once;
// - all bodies still being read share one budget of bytes, reserved from the
//   declared Content-Length (or the largest body, when chunked) before the route
//   runs; past it, 503 with Retry-After, so a thousand slow requests cannot pin
//   a thousand bodies in memory before any signature is checked;
// - a body must arrive within a deadline that grows with its size (a grace
//   period plus a minimum rate), far sooner than the server's requestTimeout;
// - a response that starts while its request body is still unread (any refusal:
//   413, 503, 404 on a POST, a route's own 413) says `Connection: close`, and the
//   connection is closed after it, after a short bounded drain: the unread bytes
//   would otherwise be taken for the next request on a keep-alive connection,
//   which then is never answered.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { errorFields, type Logger } from '../../src/core/logger';

export interface BodyLimits {
  /** The largest body any route accepts (Slack's 512 KiB); a larger declared one gets 413 before the route. */
  maxBodyBytes: number;
  /** Bytes that all bodies still being read may reserve together. */
  budgetBytes: number;
  /** Every body may take this long to arrive… */
  graceMs: number;
  /** …plus its size at this rate. */
  minBytesPerSecond: number;
  /** After a response to an unread body: how long the rest may drain before the connection is cut. */
  lingerMs: number;
  /** Seconds in the Retry-After of a 503. */
  retryAfterSeconds: number;
}

export const DEFAULT_BODY_LIMITS: BodyLimits = {
  maxBodyBytes: 512 * 1024,
  budgetBytes: 16 * 1024 * 1024,
  graceMs: 5_000,
  minBytesPerSecond: 64 * 1024,
  lingerMs: 2_000,
  retryAfterSeconds: 5,
};

/** Bytes reserved for request bodies still being read; an upper bound of what they buffer. */
export class BodyBudget {
  inUse = 0;
  /** The most ever reserved at once. */
  peak = 0;
  /** Requests refused because the budget was spent. */
  refused = 0;

  constructor(readonly capacity: number) {}

  tryReserve(bytes: number): boolean {
    if (this.inUse + bytes > this.capacity) {
      this.refused += 1;
      return false;
    }
    this.inUse += bytes;
    this.peak = Math.max(this.peak, this.inUse);
    return true;
  }

  release(bytes: number): void {
    this.inUse = Math.max(0, this.inUse - bytes);
  }
}

/** The process's budget, shared by every server it runs (there is one in production). */
export const requestBodyBudget = new BodyBudget(DEFAULT_BODY_LIMITS.budgetBytes);

/** Sockets being closed after a refused body: further (pipelined) requests on them are not served. */
const closing = new WeakSet<Socket>();

export function isClosing(socket: Socket): boolean {
  return closing.has(socket);
}

export interface BodyGuard {
  /** Call first for every request; false when it was answered (refused) already. */
  admit(req: IncomingMessage, res: ServerResponse): boolean;
}

export function createBodyGuard(limits: BodyLimits, budget: BodyBudget, logger: Logger): BodyGuard {
  return {
    admit(req, res) {
      const declared = declaredLength(req);
      if (declared === 0) return true;
      closeWhenAnsweredUnread(req, res, limits.lingerMs, logger);
      if (declared === 'invalid') {
        refuse(res, 400, 'invalid Content-Length');
        return false;
      }
      if (declared !== undefined && declared > limits.maxBodyBytes) {
        refuse(res, 413, `body larger than ${limits.maxBodyBytes} bytes`);
        return false;
      }
      const reserved = declared ?? limits.maxBodyBytes;
      if (!budget.tryReserve(reserved)) {
        logger.warn('request refused: request body budget spent', { path: pathOf(req), reserved, inUse: budget.inUse, capacity: budget.capacity });
        res.setHeader('retry-after', String(limits.retryAfterSeconds));
        refuse(res, 503, 'busy, try again later');
        return false;
      }
      const deadlineMs = limits.graceMs + Math.ceil((reserved / limits.minBytesPerSecond) * 1000);
      const timer = setTimeout(() => {
        if (req.complete) return;
        logger.warn('request body too slow: connection closed', { path: pathOf(req), deadlineMs, expected: reserved });
        cut(req, res);
      }, deadlineMs);
      timer.unref();
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        clearTimeout(timer);
        budget.release(reserved);
      };
      req.once('end', release);
      req.once('close', release);
      res.once('close', release);
      return true;
    },
  };
}

/** 0 for no body, undefined for a chunked one of unknown length. */
function declaredLength(req: IncomingMessage): number | 'invalid' | undefined {
  if (req.headers['transfer-encoding'] !== undefined) return undefined;
  const header = req.headers['content-length'];
  if (header === undefined) return 0;
  // Node has checked the syntax already; guard against the odd value anyway.
  const length = Number(header);
  return Number.isSafeInteger(length) && length >= 0 ? length : 'invalid';
}

function refuse(res: ServerResponse, status: number, error: string): void {
  const text = JSON.stringify({ error });
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/**
 * A response that starts before its request body was read says `Connection: close`;
 * after it, the connection drains what is left for at most `lingerMs` and is closed.
 * (Closing at once could reset the connection before the client has read the answer.)
 */
function closeWhenAnsweredUnread(req: IncomingMessage, res: ServerResponse, lingerMs: number, logger: Logger): void {
  const writeHead = res.writeHead;
  // Every way of answering (writeHead, or write/end with implicit headers) passes here.
  res.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse['writeHead']>) {
    if (!req.complete && !this.headersSent) {
      this.setHeader('connection', 'close');
      this.once('finish', () => linger(req, lingerMs, logger));
    }
    return writeHead.apply(this, args);
  } as ServerResponse['writeHead'];
}

function linger(req: IncomingMessage, lingerMs: number, logger: Logger): void {
  const socket = req.socket;
  if (socket.destroyed) return;
  closing.add(socket);
  // Node half-closes the connection now and would destroy it as soon as that is
  // written; destroyed with bytes unread, the kernel answers them with a reset that
  // can overtake our response. Let the rest drain (discarded) for a while instead.
  socket.removeListener('finish', socket.destroy);
  const destroy = () => {
    clearTimeout(timer);
    if (!socket.destroyed) socket.destroy();
  };
  const timer = setTimeout(destroy, lingerMs);
  timer.unref();
  socket.once('end', destroy);
  socket.once('close', () => clearTimeout(timer));
  socket.on('error', (error) => logger.debug('connection error while closing', errorFields(error)));
  req.resume();
}

/** A body that missed its deadline: answer 408 when nothing was sent yet, and drop the connection. */
function cut(req: IncomingMessage, res: ServerResponse): void {
  const socket = req.socket;
  if (socket.destroyed) return;
  closing.add(socket);
  // Written past the response object, as Node does for its own request timeout: the
  // route still owns `res` and may answer later, which then goes nowhere.
  if (!res.headersSent && res.socket === socket) {
    const text = JSON.stringify({ error: 'request body too slow' });
    socket.write(
      `HTTP/1.1 408 Request Timeout\r\nConnection: close\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`,
    );
  }
  socket.destroy();
}

function pathOf(req: IncomingMessage): string {
  return (req.url ?? '/').split('?')[0]!;
}
