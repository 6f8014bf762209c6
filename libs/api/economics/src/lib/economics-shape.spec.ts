/**
 * The library's shape, checked: services tell the story and leave every statement to a repository (or the overview's
 * read model); domain rules do no I/O; no source file grows past 400 lines of logic.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import { describe, expect, it } from '@jest/globals';

const root = join(process.cwd(), 'libs/api/economics/src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Lines that are neither blank nor only a comment. */
function logicLines(text: string): number {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('//') && !line.startsWith('*') && !line.startsWith('/*'))
    .length;
}

/** What only a repository may do: send SQL, build queries, or reach TypeORM's managers and repositories. */
const DATABASE_ACCESS = [
  /\.query\s*[(<]/,
  /createQueryBuilder/,
  /getRepository/,
  /\.(findBy|findOneBy|findOneByOrFail|find|findOne|countBy|existsBy|insert|save|update|delete)\(\s*[A-Z]\w*Entity\b/,
  /\bDataSource\b/,
  /\bEntityManager\b/,
  /from 'typeorm'/,
  /@InjectDataSource/,
  /\brecordAudit\(/,
];

const files = sources(root).map((path) => ({
  name: relative(root, path),
  text: readFileSync(path, 'utf8'),
}));

describe('the economics library', () => {
  it('has files to check', () => {
    expect(files.filter((file) => file.name.endsWith('.service.ts')).length).toBeGreaterThanOrEqual(6);
  });

  it('keeps SQL and TypeORM out of services, resolvers, controllers and domain rules', () => {
    const offenders = files
      .filter(
        (file) =>
          /\.(service|resolver|controller)\.ts$/.test(file.name) ||
          (file.name.includes('/domain/') && !file.name.endsWith('.spec.ts')),
      )
      .flatMap((file) =>
        DATABASE_ACCESS.filter((pattern) => pattern.test(file.text)).map(
          (pattern) => `${file.name}: ${pattern}`,
        ),
      );
    expect(offenders).toEqual([]);
  });

  it('keeps every source file under 400 lines of logic', () => {
    const long = files
      .map((file) => ({ name: file.name, lines: logicLines(file.text) }))
      .filter((file) => file.lines > 400);
    expect(long).toEqual([]);
  });
});
