// The one HTTP server: platform routes plus GET /healthz. Anything thrown by a
// route becomes a 500 for that request only; the server keeps serving.
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { Logger } from '../../src/core/logger';
import type { Route } from './route';

export interface Health {
  ok: boolean;
  body: Record<string, unknown>;
}

export function createHttpServer(routes: readonly Route[], health: () => Promise<Health>, logger: Logger): Server {
  const table = new Map(routes.map((route) => [route.path, route]));
  const server = createServer(async (req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    try {
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
      logger.error('request failed', { path, error: String(error) });
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.end();
    }
  });
  // Slow or stuck clients must not hold sockets for ever.
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
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
