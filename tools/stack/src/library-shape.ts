import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * What the libraries' shape tests check (each library's `*-shape.spec.ts`): which files there are, how long they are,
 * and where database access hides.
 */
export interface SourceFile {
  /** The path below the library's source root. */
  readonly name: string;
  readonly text: string;
}

/** Every `.ts` file below `root`, specs too unless `specs` is false. */
export function sourceFiles(root: string, { specs = true }: { specs?: boolean } = {}): SourceFile[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return walk(path);
      return entry.name.endsWith('.ts') && (specs || !entry.name.endsWith('.spec.ts')) ? [path] : [];
    });
  return walk(root).map((path) => ({ name: relative(root, path), text: readFileSync(path, 'utf8') }));
}

/** Lines that are neither blank nor only a comment. */
export function logicLines(text: string): number {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('//') && !line.startsWith('*') && !line.startsWith('/*'))
    .length;
}

/** The files over `max` lines of logic, with their counts. */
export function longFiles(files: readonly SourceFile[], max = 400): { name: string; lines: number }[] {
  return files
    .map((file) => ({ name: file.name, lines: logicLines(file.text) }))
    .filter((file) => file.lines > max);
}

/** What only a repository may do: send SQL, build queries, or reach TypeORM's data source and managers. */
export const DATABASE_ACCESS: readonly RegExp[] = [
  /\.query\s*[(<]/,
  /createQueryBuilder/,
  /getRepository/,
  /\bDataSource\b/,
  /\bEntityManager\b/,
  /from 'typeorm'/,
  /@InjectDataSource/,
];

/** `file: pattern` for every pattern that occurs in one of `files`. */
export function offences(files: readonly SourceFile[], patterns: readonly RegExp[]): string[] {
  return files.flatMap((file) =>
    patterns.filter((pattern) => pattern.test(file.text)).map((pattern) => `${file.name}: ${pattern}`),
  );
}
