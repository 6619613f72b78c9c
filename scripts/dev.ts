// `npm run dev`: the bot on the embedded database in unauthenticated Teams mode
// (loopback only), and the Microsoft 365 Agents Playground connected to it.
// Ctrl+C stops both.
import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const port = process.env.PORT || '3978';
const children: ChildProcess[] = [];

const bot = spawn(process.execPath, ['--import', 'tsx', join(root, 'adapters/main.ts')], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, PORT: port, MICROSOFT_APP_ID: '', TEAMS_ALLOW_UNAUTHENTICATED: 'true', HOST: '127.0.0.1' },
});
children.push(bot);
bot.on('exit', (code) => stop(code ?? 1));

await waitForHealth(`http://127.0.0.1:${port}/healthz`);
console.log(`\nBot ready on http://127.0.0.1:${port}. Starting the Agents Playground; open the address it prints and type "hulp".\n`);
const playground = spawn(
  process.execPath,
  [join(root, 'node_modules/@microsoft/m365agentsplayground/cli.js'), '-e', `http://127.0.0.1:${port}/api/messages`, '-c', 'msteams', '--disable-telemetry'],
  {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      // Its log goes beside the embedded database instead of into the repository root.
      M365_AGENTS_PLAYGROUND_LOGFILE: process.env.M365_AGENTS_PLAYGROUND_LOGFILE ?? join(root, '.data/agents-playground.log'),
      // Without a desktop there is no browser to open; the address is printed anyway.
      ...(process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY ? { TEAMSAPPTESTER_BROWSER: 'none' } : {}),
    },
  },
);
children.push(playground);
playground.on('exit', () => stop(0));

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

function stop(code: number): void {
  for (const child of children) if (child.exitCode === null) child.kill('SIGINT');
  setTimeout(() => process.exit(code), 3_000).unref();
}

async function waitForHealth(url: string): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  console.error(`The bot did not become healthy at ${url}.`);
  stop(1);
}
