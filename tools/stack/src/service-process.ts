import { ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface ServiceProcess {
  readonly name: string;
  /** What followed the ready marker on the line that announced readiness (usually a URL). */
  readonly readyValue: string;
  readonly child: ChildProcess;
  /** Asks the process to stop (SIGTERM), waits for it, and kills it if it lingers. */
  stop(): Promise<void>;
}

export interface ServiceOptions {
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
  readonly env?: NodeJS.ProcessEnv;
  readonly cwd?: string;
  /** The process prints `<readyMarker> <value>` on stdout once it serves. */
  readonly readyMarker: string;
  readonly timeoutMs?: number;
  /** Receives every output line (prefixed with the name by the caller if wanted). */
  readonly onLine?: (line: string) => void;
}

/**
 * Starts a child process and resolves once it announces readiness; rejects with its last output lines if it
 * exits or stays silent first, so a failed start says why.
 */
export function startService(options: ServiceOptions): Promise<ServiceProcess> {
  const child = spawn(options.command, [...options.args], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const recent: string[] = [];
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise<ServiceProcess>((resolve, reject) => {
    let settled = false;
    const fail = (reason: string): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${options.name} did not start: ${reason}\n${recent.join('\n')}`));
    };
    const timer = setTimeout(
      () => fail(`no "${options.readyMarker}" within ${options.timeoutMs ?? 60_000} ms`),
      options.timeoutMs ?? 60_000,
    );
    const onLine = (line: string): void => {
      recent.push(line);
      if (recent.length > 30) recent.shift();
      options.onLine?.(line);
      if (!settled && line.startsWith(`${options.readyMarker} `)) {
        settled = true;
        clearTimeout(timer);
        resolve({
          name: options.name,
          readyValue: line.slice(options.readyMarker.length + 1).trim(),
          child,
          stop: async () => {
            if (child.exitCode !== null || child.signalCode !== null) return;
            child.kill('SIGTERM');
            const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
            await exited;
            clearTimeout(killer);
          },
        });
      }
    };
    if (child.stdout) createInterface({ input: child.stdout }).on('line', onLine);
    if (child.stderr) createInterface({ input: child.stderr }).on('line', onLine);
    child.once('error', (error) => fail(error.message));
    child.once('exit', (code, signal) => fail(`exited (code ${code ?? 'none'}, signal ${signal ?? 'none'})`));
  });
}
