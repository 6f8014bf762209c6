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
