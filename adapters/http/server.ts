// The one HTTP server: platform routes plus GET /healthz. Anything thrown by a
// route becomes a 500 for that request only; the server keeps serving. Every
// request body passes the body guard (body-guard.ts) before any route sees it.
import { createServer, type Server, type ServerResponse } from 'node:http';
import { errorFields, type Logger } from '../../src/core/logger';
import { createBodyGuard, DEFAULT_BODY_LIMITS, isClosing, requestBodyBudget, type BodyBudget, type BodyLimits } from './body-guard';
import type { Route } from './route';

export interface Health {
  ok: boolean;
  body: Record<string, unknown>;
}

export interface HttpServerOptions {
  bodyLimits?: Partial<BodyLimits>;
  /** Default: the process's shared budget (`requestBodyBudget`). */
  bodyBudget?: BodyBudget;
  timeouts?: Partial<ServerTimeouts>;
}

export interface ServerTimeouts {
  /** All request headers must have arrived by then (408 and closed otherwise). */
  headersMs: number;
  /** The whole request, body included; the body guard's own deadline is usually sooner. */
  requestMs: number;
}

const DEFAULT_SERVER_TIMEOUTS: ServerTimeouts = { headersMs: 10_000, requestMs: 30_000 };

/**
 * Node checks both timeouts only this often (30 s unless told), so a slow client
 * would be cut up to that much later than set; this keeps them within a second.
 */
const TIMEOUT_CHECK_MS = 500;

export function createHttpServer(routes: readonly Route[], health: () => Promise<Health>, logger: Logger, options: HttpServerOptions = {}): Server {
  const table = new Map(routes.map((route) => [route.path, route]));
  const guard = createBodyGuard({ ...DEFAULT_BODY_LIMITS, ...options.bodyLimits }, options.bodyBudget ?? requestBodyBudget, logger);
  const timeouts = { ...DEFAULT_SERVER_TIMEOUTS, ...options.timeouts };
  // Slow or stuck clients must not hold sockets for ever.
  const serverOptions = { headersTimeout: timeouts.headersMs, requestTimeout: timeouts.requestMs, connectionsCheckingInterval: TIMEOUT_CHECK_MS };
  const server = createServer(serverOptions, async (req, res) => {
    // A pipelined request behind a refused body on a connection being closed.
    if (isClosing(req.socket)) return;
    const path = (req.url ?? '/').split('?')[0]!;
    try {
      if (!guard.admit(req, res)) return;
      if (path === '/healthz') {
        if (req.method !== 'GET' && req.method !== 'HEAD') return methodNotAllowed(res, 'GET');
        const result = await health();
        return sendJson(res, result.ok ? 200 : 503, result.body);
      }
      const route = table.get(path) ?? routes.find((candidate) => candidate.prefix && path.startsWith(candidate.path));
      if (!route) return sendJson(res, 404, { error: 'not found' });
      if (req.method !== route.method) return methodNotAllowed(res, route.method);
      await route.handle(req, res);
    } catch (error) {
      if (req.socket.destroyed) {
        // The client went away or its body was cut (too slow): nobody to answer.
        logger.debug('request ended without an answer', { path, ...errorFields(error) });
        return;
      }
      logger.error('request failed', { path, ...errorFields(error) });
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.end();
    }
  });
  return server;
}

function methodNotAllowed(res: ServerResponse, allowed: string): void {
  res.setHeader('allow', allowed);
  sendJson(res, 405, { error: `use ${allowed}` });
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
