import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The repository root: the nearest folder above `start` with an nx.json. */
export function workspaceRoot(start: string = process.cwd()): string {
  let dir = resolve(start);
  while (!existsSync(join(dir, 'nx.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No nx.json above ${start}`);
    dir = parent;
  }
  return dir;
}

export function binPath(root: string, name: string): string {
  return join(root, 'node_modules', '.bin', name);
}

/**
 * Runs the workspace's Nx (no daemon, no terminal UI, static output) in `root`. On failure the error is `failure`
 * followed by Nx's output.
 */
export function runNx(root: string, args: readonly string[], failure: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(binPath(root, 'nx'), [...args, '--outputStyle=static'], {
      cwd: root,
      env: { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output: string[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${failure}:\n${output.join('')}`)),
    );
  });
}
