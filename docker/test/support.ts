import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { load } from 'js-yaml';

/** The docker/ folder and the repository root. */
export const dockerDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const workspaceRoot = resolve(dockerDir, '..');

export type Json = Record<string, unknown>;

export function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asJson(value: unknown, what: string): Json {
  if (!isJson(value)) throw new Error(`${what} is not an object`);
  return value;
}

export function asArray(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw new Error(`${what} is not an array`);
  return value;
}

export function readText(path: string): string {
  return readFileSync(join(dockerDir, path), 'utf8');
}

export function readJson(path: string): Json {
  return asJson(JSON.parse(readText(path)), path);
}

export function readYaml(path: string): Json {
  return asJson(load(readText(path)), path);
}

export function existsInDocker(path: string): boolean {
  return existsSync(join(dockerDir, path));
}

export interface ComposeCli {
  readonly available: boolean;
  /** Why `docker compose` cannot be used, when it cannot. */
  readonly reason?: string;
}

/** Whether `docker compose` (the Compose v2 CLI plugin) can run here. No engine is needed for `config`. */
export function detectComposeCli(): ComposeCli {
  const docker = spawnSync('docker', ['--version'], { encoding: 'utf8' });
  if (docker.error) return { available: false, reason: 'the docker binary is not installed' };
  const compose = spawnSync('docker', ['compose', 'version'], { encoding: 'utf8' });
  if (compose.status !== 0) {
    return {
      available: false,
      reason: `"docker compose" is not available (${(compose.stderr || compose.stdout).trim().split('\n')[0]})`,
    };
  }
  return { available: true };
}

export function dockerCompose(args: readonly string[]): { status: number | null; output: string } {
  const result = spawnSync('docker', ['compose', ...args], { cwd: workspaceRoot, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
