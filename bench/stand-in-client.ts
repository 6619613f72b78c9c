// The bench's side of a stand-ins process (bench/stand-ins.ts): start it, ask it
// what arrived, clear it.
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { startTs } from './processes';

export interface Arrivals {
  /** chat.postMessage: channel, epoch ms. */
  slack: Array<[string, number]>;
  /** Bot Framework posts: conversation id, epoch ms. */
  teams: Array<[string, number]>;
  count: number;
}

export interface Posts {
  /** chat.postMessage: channel, epoch ms, the bench marker in its text (-1: none). */
  posts: Array<[string, number, number]>;
  /** Other Web API calls (users.info, …), auth.test not counted. */
  other: number;
}

export class StandIns {
  private constructor(
    readonly child: ChildProcess,
    readonly apiUrl: string,
    readonly connectorUrl: string,
  ) {}

  static async start(root: string): Promise<StandIns> {
    const child = startTs(join(root, 'bench/stand-ins.ts'), {});
    const { apiUrl, connectorUrl } = await nextMessage<{ apiUrl: string; connectorUrl: string }>(child, 'ready');
    return new StandIns(child, apiUrl, connectorUrl);
  }

  arrivals(): Promise<Arrivals> {
    return this.ask<Arrivals>('arrivals');
  }

  posts(): Promise<Posts> {
    return this.ask<Posts>('posts');
  }

  async reset(): Promise<void> {
    await this.ask('reset');
  }

  close(): void {
    if (this.child.connected) this.child.disconnect();
  }

  private ask<T>(type: string): Promise<T> {
    const reply = nextMessage<T>(this.child, type);
    this.child.send({ type });
    return reply;
  }
}

function nextMessage<T>(child: ChildProcess, type: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const listen = (message: { type: string } & T) => {
      if (message.type !== type) return;
      child.off('message', listen);
      child.off('exit', exited);
      resolve(message);
    };
    const exited = () => reject(new Error(`stand-ins process exited while waiting for "${type}"`));
    child.on('message', listen);
    child.once('exit', exited);
  });
}
