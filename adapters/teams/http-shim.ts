// The Express-like request/response pair CloudAdapter.process expects, over
// Node's own http objects (the bot has one plain http server, no framework).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request, Response } from 'botbuilder';

export function sdkRequest(req: IncomingMessage, body: Record<string, unknown>): Request {
  return { body, headers: req.headers, method: req.method };
}

/**
 * `outcome.refuseWith`: the turn could not be recorded; answer with that status
 * whatever the SDK says (503: Teams sends it again; 400: it never can be).
 */
export function sdkResponse(res: ServerResponse, outcome: { refuseWith?: number } = {}): Response {
  return {
    socket: res.socket,
    status(code: number) {
      res.statusCode = outcome.refuseWith !== undefined && code < 400 ? outcome.refuseWith : code;
    },
    header(name: string, value: unknown) {
      res.setHeader(name, String(value));
    },
    send(body: unknown) {
      if (body === undefined || body === null) return;
      const json = typeof body !== 'string' && !Buffer.isBuffer(body);
      if (!res.headersSent) res.setHeader('content-type', json ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8');
      res.write(json ? JSON.stringify(body) : body);
    },
    end() {
      if (!res.writableEnded) res.end();
    },
  };
}
