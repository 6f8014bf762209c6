import { describe, expect, it } from '@jest/globals';
import { zipArchive } from '@samarbeid/tools/stack';
import ExcelJS from 'exceljs';

import {
  checkXlsxArchive,
  checkZipDirectory,
  readZipDirectory,
  XLSX_ARCHIVE_LIMITS,
  type XlsxArchiveProblem,
  xlsxArchiveProblemText,
} from './xlsx-archive';

const MB = 1024 * 1024;

async function workbook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Gevinstplan').addRow(['Gevinst', 'År', 'Planlagt verdi']);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Zeros compress about 1 000 : 1: 63 MB of them deflate to about 61 kB, the classic bomb. */
const zeros = (bytes: number): Buffer => Buffer.alloc(bytes);

describe('the .xlsx archive check', () => {
  it('lets a workbook exceljs wrote through, having read its whole directory', async () => {
    const file = await workbook();
    const directory = readZipDirectory(file);
    expect(directory?.entries.map((entry) => entry.name)).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']),
    );
    await expect(checkXlsxArchive(file)).resolves.toBeNull();
  });

  it('refuses a zip bomb (a 61 kB file that inflates to 63 MB) by what it declares, inflating nothing', async () => {
    const bomb = zipArchive([{ name: 'xl/worksheets/sheet1.xml', data: zeros(63 * MB) }]);
    expect(bomb.length).toBeLessThan(70 * 1024);
    const started = Date.now();
    const problem = await checkXlsxArchive(bomb);
    expect(Date.now() - started).toBeLessThan(500);
    expect(problem).toEqual({ kind: 'too-large', bytes: 63 * MB, max: 20 * MB });
    expect(xlsxArchiveProblemText(problem as XlsxArchiveProblem)).toEqual({
      nb: 'Innholdet i filen er for stort: utpakket blir det 63 MB, og grensen er 20 MB. Fjern ark, bilder eller formatering som ikke trengs, og prøv igjen. Ingenting er lagret.',
      en: "The file's content is too large: unpacked it is 63 MB, and the limit is 20 MB. Remove sheets, pictures or formatting that are not needed, and try again. Nothing was saved.",
    });
  });

  it('adds up every entry: many parts each under the cap, together over it', async () => {
    const parts = Array.from({ length: 6 }, (_, index) => ({
      name: `xl/worksheets/sheet${index + 1}.xml`,
      data: Buffer.from('<row/>'.repeat(700_000)),
    }));
    await expect(checkXlsxArchive(zipArchive(parts))).resolves.toMatchObject({ kind: 'too-large' });
  });

  it('refuses an entry compressed far beyond what honest XML does, even under the total cap', async () => {
    const problem = await checkXlsxArchive(
      zipArchive([{ name: 'xl/sharedStrings.xml', data: zeros(8 * MB) }]),
    );
    expect(problem).toMatchObject({ kind: 'ratio', entry: 'xl/sharedStrings.xml', max: 200 });
    expect((problem as { ratio: number }).ratio).toBeGreaterThan(500);
    expect(xlsxArchiveProblemText(problem as XlsxArchiveProblem).nb).toMatch(
      /^Filen blir ikke lest: delen «xl\/sharedStrings\.xml» pakkes ut til \d+ ganger sin egen størrelse/,
    );
  });

  it('lets small, very compressible parts be (styles, empty sheets)', () => {
    const directory = readZipDirectory(zipArchive([{ name: 'xl/styles.xml', data: zeros(512 * 1024) }]));
    expect(directory && checkZipDirectory(directory)).toBeNull();
  });

  it('catches a directory that lies: the entry inflates past its declared size, and no more is inflated', async () => {
    const liar = zipArchive([{ name: 'xl/worksheets/sheet1.xml', data: zeros(50 * MB), declaredSize: 4096 }]);
    const started = Date.now();
    await expect(checkXlsxArchive(liar)).resolves.toEqual({
      kind: 'size-mismatch',
      entry: 'xl/worksheets/sheet1.xml',
    });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('catches a directory that declares more than the entry holds, and a stored entry of the wrong length', async () => {
    const short = zipArchive([
      { name: 'a.xml', data: Buffer.from('<a/>'.repeat(100)), declaredSize: 10_000 },
    ]);
    await expect(checkXlsxArchive(short)).resolves.toEqual({ kind: 'size-mismatch', entry: 'a.xml' });
    const stored = zipArchive([
      { name: 'b.xml', data: Buffer.from('<b/>'), deflate: false, declaredSize: 40 },
    ]);
    await expect(checkXlsxArchive(stored)).resolves.toEqual({ kind: 'size-mismatch', entry: 'b.xml' });
  });

  it('refuses an absurd number of parts before looking at any of them', async () => {
    const many = zipArchive(
      Array.from({ length: XLSX_ARCHIVE_LIMITS.maxEntries + 1 }, (_, index) => ({
        name: `x/${index}.xml`,
        data: Buffer.from('<x/>'),
        deflate: false,
      })),
    );
    await expect(checkXlsxArchive(many)).resolves.toEqual({
      kind: 'too-many-entries',
      entries: 1001,
      max: 1000,
    });
  });

  it.each([
    ['an empty file', Buffer.alloc(0)],
    ['text', Buffer.from('Gevinst;År;Planlagt verdi\nLavere husleie;2027;1000\n')],
    ['a PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n')],
  ])('refuses %s as unreadable', async (_what, file) => {
    await expect(checkXlsxArchive(file)).resolves.toEqual({ kind: 'unreadable' });
  });

  it('refuses a cut-off archive, one with bytes put in front, an encrypted one, and an unknown method', async () => {
    const file = await workbook();
    const cut = file.subarray(0, file.length - 30);
    await expect(checkXlsxArchive(cut)).resolves.toEqual({ kind: 'unreadable' });
    const prefixed = Buffer.concat([
      Buffer.from('MZ'),
      zipArchive([{ name: 'a.xml', data: Buffer.from('<a/>') }]),
    ]);
    await expect(checkXlsxArchive(prefixed)).resolves.toEqual({ kind: 'unreadable' });
    const encrypted = zipArchive([{ name: 'a.xml', data: Buffer.from('<a/>'), flags: 0x0001 }]);
    await expect(checkXlsxArchive(encrypted)).resolves.toEqual({ kind: 'unreadable' });
    const bzip2 = zipArchive([{ name: 'a.xml', data: Buffer.from('<a/>') }]);
    const directoryAt = bzip2.readUInt32LE(bzip2.length - 6);
    bzip2.writeUInt16LE(12, directoryAt + 10);
    await expect(checkXlsxArchive(bzip2)).resolves.toEqual({ kind: 'unreadable' });
  });

  it('reads ZIP64 sizes: an entry declaring 5 GB there is too large', async () => {
    const file = zipArchive([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.from('<a/>') }]);
    const directoryAt = file.readUInt32LE(file.length - 6);
    const directoryLength = file.readUInt32LE(file.length - 10);
    const header = Buffer.from(file.subarray(directoryAt, directoryAt + directoryLength));
    header.writeUInt32LE(0xffffffff, 24);
    header.writeUInt16LE(12, 30);
    const extra = Buffer.alloc(12);
    extra.writeUInt16LE(0x0001, 0);
    extra.writeUInt16LE(8, 2);
    extra.writeBigUInt64LE(5n * 1024n * 1024n * 1024n, 4);
    const directory = Buffer.concat([header, extra]);
    const end = Buffer.from(file.subarray(file.length - 22));
    end.writeUInt32LE(directory.length, 12);
    const zip64 = Buffer.concat([file.subarray(0, directoryAt), directory, end]);
    await expect(checkXlsxArchive(zip64)).resolves.toEqual({
      kind: 'too-large',
      bytes: 5 * 1024 * MB,
      max: 20 * MB,
    });
  });

  it('names a part in a sentence printably and briefly, whatever name the file gave it', () => {
    const text = xlsxArchiveProblemText({
      kind: 'size-mismatch',
      entry: `xl/\u0000\u001b[31m${'a'.repeat(200)}.xml`,
    });
    expect([...text.nb].every((character) => character >= ' ')).toBe(true);
    expect(text.nb).toMatch(/«xl\/\[31ma+…»/);
  });
});
