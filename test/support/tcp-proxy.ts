// A TCP proxy between the bot and PostgreSQL that can stop answering, as a
// database does in a failover: connections stay open and nothing comes back.
import { once } from 'node:events';
import { connect, createServer, type AddressInfo, type Socket } from 'node:net';

export interface TcpProxy {
  /** The target URL with host and port pointed at the proxy. */
  url(target: string): string;
  /**
   * Stops forwarding: the connections open now hang for good (the old primary is
   * gone); new ones are accepted and hang until `resume()`.
   */
  stall(): void;
  /** Forwards again, for new connections and those opened during the stall. */
  resume(): void;
  /** Connections the proxy accepted so far. */
  accepted: number;
  close(): Promise<void>;
}

interface Pair {
  client: Socket;
  upstream: Socket;
  /** Never forwards again. */
  dead: boolean;
  /** Holds data until resume(). */
  held: boolean;
  toUpstream: Buffer[];
  toClient: Buffer[];
}

export async function startTcpProxy(targetHost: string, targetPort: number): Promise<TcpProxy> {
  const pairs = new Set<Pair>();
  let stalled = false;
  const server = createServer((client) => {
    proxy.accepted += 1;
    const upstream = connect(targetPort, targetHost);
    const pair: Pair = { client, upstream, dead: false, held: stalled, toUpstream: [], toClient: [] };
    pairs.add(pair);
    client.on('data', (data) => {
      if (pair.dead) return;
      if (pair.held) pair.toUpstream.push(data);
      else upstream.write(data);
    });
    upstream.on('data', (data) => {
      if (pair.dead) return;
      if (pair.held) pair.toClient.push(data);
      else client.write(data);
    });
    const end = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    // A dead connection keeps its client socket open (nothing answers, nothing closes).
    client.on('close', end).on('error', end);
    upstream.on('close', () => !pair.dead && end()).on('error', () => !pair.dead && end());
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const proxy: TcpProxy = {
    accepted: 0,
    url(target) {
      const url = new URL(target);
      url.hostname = '127.0.0.1';
      url.port = String(port);
      return url.toString();
    },
    stall() {
      stalled = true;
      for (const pair of pairs) pair.dead = true;
    },
    resume() {
      stalled = false;
      for (const pair of pairs) {
        if (pair.dead || !pair.held) continue;
        pair.held = false;
        for (const data of pair.toUpstream.splice(0)) pair.upstream.write(data);
        for (const data of pair.toClient.splice(0)) pair.client.write(data);
      }
    },
    async close() {
      for (const pair of pairs) {
        pair.client.destroy();
        pair.upstream.destroy();
      }
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return proxy;
}
