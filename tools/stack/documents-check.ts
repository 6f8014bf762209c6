/**
 * The print check of the documents people file (docs/operations.md, "Before a release"):
 *
 *   node --import tsx tools/stack/documents-check.ts [folder]
 *
 * Without a folder it first writes every demo document to dist/documents (the API's documents test with
 * DOCUMENTS_OUT set: every measure's and municipality's workbook, every agreement's PDF). Then LibreOffice converts
 * each workbook to PDF as a reader printing it would get it, and poppler reads the result: every page A4
 * landscape, every sheet one page wide (each of its pages shows the header row's first and last column), and
 * the pages per sheet are listed. Each agreement PDF must have every font embedded and its text extractable with
 * æøå intact. Skips with a message (exit 0) when LibreOffice or poppler is not installed; exits 1 on a failure.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import ExcelJS from 'exceljs';

const root = resolve(__dirname, '../..');

function say(line: string): void {
  console.log(`[documents] ${line}`);
}

function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function run(command: string, args: readonly string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

interface SheetShape {
  readonly name: string;
  /** The footer text that names the sheet on every printed page. */
  readonly footer: string;
  readonly firstHeader: string;
  readonly lastHeader: string;
}

/** Each sheet's footer name and the first and last header of its repeated header row. */
async function sheetShapes(file: string): Promise<SheetShape[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets.map((sheet) => {
    const headerRow = Number(/^(\d+):/.exec(sheet.pageSetup.printTitlesRow ?? '')?.[1] ?? 1);
    const headers: string[] = [];
    sheet.getRow(headerRow).eachCell((cell) => headers.push(cell.text));
    const footer =
      /&L(?:&"[^"]*")?(?:&\d+)?(.*?)&R/.exec(sheet.headerFooter.oddFooter ?? '')?.[1] ?? sheet.name;
    return {
      name: sheet.name,
      footer: footer.replace(/&&/g, '&'),
      firstHeader: headers[0] ?? '',
      lastHeader: headers.at(-1) ?? '',
    };
  });
}

/** The first words of a header as they print (a wrapped header prints on several lines). */
const firstWord = (text: string): string => text.split(/\s+/)[0] ?? '';
const squeeze = (text: string): string => text.replace(/\s+/g, ' ');

function pageCount(pdf: string): number {
  return Number(/^Pages:\s+(\d+)/m.exec(run('pdfinfo', [pdf]))?.[1] ?? 0);
}

function landscape(pdf: string, page: number): boolean {
  const info = run('pdfinfo', ['-f', String(page), '-l', String(page), pdf]);
  const size = /Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/.exec(info);
  return size !== null && Number(size[1]) > Number(size[2]);
}

async function checkWorkbooks(folder: string, problems: string[]): Promise<void> {
  const workbooks = readdirSync(folder)
    .filter((name) => name.endsWith('.xlsx'))
    .sort();
  const out = join(folder, 'pdf');
  mkdirSync(out, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'samarbeid-lo-'));
  const started = Date.now();
  try {
    run('soffice', [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      out,
      ...workbooks.map((name) => join(folder, name)),
    ]);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  say(
    `LibreOffice converted ${workbooks.length} workbooks in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );

  for (const name of workbooks) {
    const pdf = join(out, name.replace(/\.xlsx$/, '.pdf'));
    const shapes = await sheetShapes(join(folder, name));
    const pages = pageCount(pdf);
    const perSheet = new Map<string, number>(shapes.map((shape) => [shape.name, 0]));
    for (let page = 1; page <= pages; page++) {
      const text = squeeze(run('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdf, '-']));
      // The longest footer that is on the page: a sheet's name may also occur in another sheet's text.
      const shape = [...shapes]
        .sort((a, b) => b.footer.length - a.footer.length)
        .find((candidate) => text.includes(squeeze(candidate.footer)));
      if (!shape) {
        problems.push(`${name} page ${page}: no sheet's footer on the page`);
        continue;
      }
      perSheet.set(shape.name, (perSheet.get(shape.name) ?? 0) + 1);
      if (!landscape(pdf, page)) problems.push(`${name} «${shape.name}» page ${page}: not landscape`);
      for (const header of [shape.firstHeader, shape.lastHeader]) {
        if (!text.includes(firstWord(header))) {
          problems.push(`${name} «${shape.name}» page ${page}: the column «${header}» is not on the page`);
        }
      }
    }
    const list = [...perSheet].map(([sheet, count]) => `${sheet} ${count}`).join(', ');
    say(`${name}: ${pages} page(s) — ${list}`);
  }
}

function checkPdfs(folder: string, problems: string[]): void {
  for (const name of readdirSync(folder)
    .filter((file) => file.endsWith('.pdf'))
    .sort()) {
    const pdf = join(folder, name);
    const fonts = run('pdffonts', [pdf])
      .split('\n')
      .slice(2)
      .filter((line) => line.trim() !== '');
    // pdffonts columns: name type encoding emb sub uni object ID; "emb" is the fourth from the end.
    const notEmbedded = fonts.filter((line) => line.trim().split(/\s+/).at(-5) !== 'yes');
    if (fonts.length === 0 || notEmbedded.length > 0)
      problems.push(`${name}: fonts not embedded: ${notEmbedded.join('; ')}`);
    const text = run('pdftotext', [pdf, '-']);
    if (!/[æøåÆØÅ]/.test(text)) problems.push(`${name}: no æ, ø or å in the extracted text`);
    if (text.includes('\ufffd')) problems.push(`${name}: a character could not be extracted`);
    say(
      `${name}: ${pageCount(pdf)} page(s), ${fonts.length} fonts, all embedded: ${notEmbedded.length === 0 ? 'yes' : 'no'}`,
    );
  }
}

async function main(): Promise<number> {
  const missing = ['soffice', 'pdfinfo', 'pdftotext', 'pdffonts'].filter((command) => !has(command));
  if (missing.length > 0) {
    say(
      `SKIPPED: ${missing.join(', ')} not installed. Install LibreOffice and poppler ` +
        '(apt-get install -y libreoffice-calc-nogui poppler-utils) and run again.',
    );
    return 0;
  }
  let folder = process.argv[2] ? resolve(process.argv[2]) : undefined;
  if (!folder) {
    folder = join(root, 'dist/documents');
    rmSync(folder, { recursive: true, force: true });
    say(`writing the demo documents to ${folder} (apps/api/test/documents.spec.ts)`);
    const test = spawnSync(
      process.execPath,
      [
        '--experimental-vm-modules',
        'node_modules/jest/bin/jest.js',
        '-c',
        'apps/api/jest.config.cjs',
        'apps/api/test/documents.spec.ts',
      ],
      { cwd: root, stdio: 'inherit', env: { ...process.env, DOCUMENTS_OUT: folder, NODE_NO_WARNINGS: '1' } },
    );
    if (test.status !== 0) return 1;
  }
  const problems: string[] = [];
  await checkWorkbooks(folder, problems);
  checkPdfs(folder, problems);
  for (const problem of problems) say(`FAIL ${problem}`);
  say(problems.length === 0 ? 'all documents passed' : `${problems.length} problem(s)`);
  return problems.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[documents] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
