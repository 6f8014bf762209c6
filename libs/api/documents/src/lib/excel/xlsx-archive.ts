import { inflateRaw } from 'node:zlib';

import type { ErrorText } from '@samarbeid/api/platform';
import { formatNumber } from '@samarbeid/shared/domain/allocation';

/**
 * An .xlsx file is a zip archive. Before exceljs (through jszip) unpacks one completely in memory, its central
 * directory is read here (the End-Of-Central-Directory record and the entries it points to, as APPNOTE.TXT
 * describes them) and the archive is refused when it declares too much, and then every entry is inflated once,
 * capped at the size it declares, so that a directory that lies about its sizes is caught too. A 70 kB file that
 * would inflate to 63 MB (or to gigabytes) is refused without allocating more than the cap.
 */

export interface XlsxArchiveLimits {
  /** Entries in the archive; Excel writes 10–30, a workbook with pictures some more. */
  readonly maxEntries: number;
  /** The uncompressed size of all entries together. */
  readonly maxUncompressedBytes: number;
  /** Uncompressed size over compressed size for one entry, checked from {@link ratioCheckedFrom} bytes up. */
  readonly maxRatio: number;
  /** Entries smaller than this may compress as well as they like (it costs nothing to unpack them). */
  readonly ratioCheckedFrom: number;
}

/**
 * A full benefit plan (5 000 rows with long texts) unpacks to about 3.5 MB, compressing at most about 50 : 1 (the
 * shared strings); 20 MB (about 3 s and 230 MB of memory for exceljs) leaves room for unusual but honest workbooks.
 * Deflate cannot compress better than about 1 030 : 1, which is what a zip bomb's entries do.
 */
export const XLSX_ARCHIVE_LIMITS: XlsxArchiveLimits = {
  maxEntries: 1000,
  maxUncompressedBytes: 20 * 1024 * 1024,
  maxRatio: 200,
  ratioCheckedFrom: 1024 * 1024,
};

export type XlsxArchiveProblem =
  | { readonly kind: 'unreadable' }
  | { readonly kind: 'too-many-entries'; readonly entries: number; readonly max: number }
  | { readonly kind: 'too-large'; readonly bytes: number; readonly max: number }
  | { readonly kind: 'ratio'; readonly entry: string; readonly ratio: number; readonly max: number }
  | { readonly kind: 'size-mismatch'; readonly entry: string };

export interface ZipEntry {
  readonly name: string;
  readonly flags: number;
  /** 0 stored, 8 deflated (the only two an .xlsx uses). */
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

export interface ZipDirectory {
  readonly entries: readonly ZipEntry[];
  /** Where the central directory starts: every entry's data lies before it. */
  readonly centralDirectoryOffset: number;
}

const SIGNATURE = {
  endOfCentralDirectory: 0x06054b50,
  zip64EndOfCentralDirectory: 0x06064b50,
  zip64Locator: 0x07064b50,
  centralFileHeader: 0x02014b50,
  localFileHeader: 0x04034b50,
} as const;
const EOCD_SIZE = 22;
const ZIP64_LOCATOR_SIZE = 20;
const CENTRAL_HEADER_SIZE = 46;
const LOCAL_HEADER_SIZE = 30;
const MAX_COMMENT = 0xffff;
const ZIP64_EXTRA = 0x0001;
const U16_MAX = 0xffff;
const U32_MAX = 0xffffffff;
const METHOD_STORED = 0;
const METHOD_DEFLATED = 8;
const FLAG_ENCRYPTED = 0x0001;

class Unreadable extends Error {}

/** Reads a number and refuses to read past the end (a truncated or crafted file). */
class Reader {
  constructor(private readonly buffer: Buffer) {}

  u16(at: number): number {
    this.need(at, 2);
    return this.buffer.readUInt16LE(at);
  }

  u32(at: number): number {
    this.need(at, 4);
    return this.buffer.readUInt32LE(at);
  }

  u64(at: number): number {
    this.need(at, 8);
    const value = this.buffer.readBigUInt64LE(at);
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new Unreadable();
    return Number(value);
  }

  text(at: number, length: number): string {
    this.need(at, length);
    return this.buffer.toString('utf8', at, at + length);
  }

  need(at: number, length: number): void {
    if (at < 0 || length < 0 || at + length > this.buffer.length) throw new Unreadable();
  }
}

/** The archive's central directory, or null when the file is not a single, readable zip archive. */
export function readZipDirectory(file: Buffer): ZipDirectory | null {
  try {
    return readDirectory(new Reader(file), file);
  } catch (error) {
    if (error instanceof Unreadable) return null;
    throw error;
  }
}

function findEndOfCentralDirectory(file: Buffer): number {
  // The record is the last thing in the file, followed only by its comment (at most 64 KiB). Searched from the end,
  // as jszip does, so both read the same record.
  const last = file.length - EOCD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let at = last; at >= first; at--) {
    if (file.readUInt32LE(at) === SIGNATURE.endOfCentralDirectory) return at;
  }
  throw new Unreadable();
}

function readDirectory(reader: Reader, file: Buffer): ZipDirectory {
  if (file.length < EOCD_SIZE) throw new Unreadable();
  const eocd = findEndOfCentralDirectory(file);
  const disk = reader.u16(eocd + 4);
  const directoryDisk = reader.u16(eocd + 6);
  let entriesOnDisk = reader.u16(eocd + 8);
  let entryCount = reader.u16(eocd + 10);
  let directorySize = reader.u32(eocd + 12);
  let directoryOffset = reader.u32(eocd + 16);
  let directoryEnd = eocd;

  const zip64 =
    entryCount === U16_MAX ||
    entriesOnDisk === U16_MAX ||
    directorySize === U32_MAX ||
    directoryOffset === U32_MAX;
  if (zip64) {
    const locator = eocd - ZIP64_LOCATOR_SIZE;
    if (reader.u32(locator) !== SIGNATURE.zip64Locator) throw new Unreadable();
    const record = reader.u64(locator + 8);
    if (reader.u32(record) !== SIGNATURE.zip64EndOfCentralDirectory) throw new Unreadable();
    entriesOnDisk = reader.u64(record + 24);
    entryCount = reader.u64(record + 32);
    directorySize = reader.u64(record + 40);
    directoryOffset = reader.u64(record + 48);
    directoryEnd = record;
  }
  // One disk, and the directory directly before its end record: no split archives, nothing prepended or hidden.
  if (disk !== 0 || directoryDisk !== 0 || entriesOnDisk !== entryCount) throw new Unreadable();
  if (directoryOffset + directorySize !== directoryEnd) throw new Unreadable();

  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let index = 0; index < entryCount; index++) {
    if (at + CENTRAL_HEADER_SIZE > directoryEnd) throw new Unreadable();
    if (reader.u32(at) !== SIGNATURE.centralFileHeader) throw new Unreadable();
    const nameLength = reader.u16(at + 28);
    const extraLength = reader.u16(at + 30);
    const commentLength = reader.u16(at + 32);
    const sizes = {
      uncompressedSize: reader.u32(at + 24),
      compressedSize: reader.u32(at + 20),
      localHeaderOffset: reader.u32(at + 42),
    };
    const name = reader.text(at + CENTRAL_HEADER_SIZE, nameLength);
    readZip64Sizes(reader, at + CENTRAL_HEADER_SIZE + nameLength, extraLength, sizes);
    entries.push({
      name,
      flags: reader.u16(at + 8),
      method: reader.u16(at + 10),
      ...sizes,
    });
    at += CENTRAL_HEADER_SIZE + nameLength + extraLength + commentLength;
    // Stops each walk early, so an absurd entry count costs no more than the directory's own bytes.
    if (at > directoryEnd) throw new Unreadable();
  }
  if (at !== directoryEnd) throw new Unreadable();
  return { entries, centralDirectoryOffset: directoryOffset };
}

/** A field that is all ones in the header is in the ZIP64 extra field, 8 bytes each, in this order. */
function readZip64Sizes(
  reader: Reader,
  extraStart: number,
  extraLength: number,
  sizes: { uncompressedSize: number; compressedSize: number; localHeaderOffset: number },
): void {
  const wanted = (['uncompressedSize', 'compressedSize', 'localHeaderOffset'] as const).filter(
    (key) => sizes[key] === U32_MAX,
  );
  if (wanted.length === 0) return;
  let at = extraStart;
  const end = extraStart + extraLength;
  while (at + 4 <= end) {
    const id = reader.u16(at);
    const size = reader.u16(at + 2);
    if (id === ZIP64_EXTRA) {
      if (size < wanted.length * 8 || at + 4 + size > end) throw new Unreadable();
      wanted.forEach((key, index) => (sizes[key] = reader.u64(at + 4 + index * 8)));
      return;
    }
    at += 4 + size;
  }
  throw new Unreadable();
}

/** What the directory declares, against the limits; null when it is within them. */
export function checkZipDirectory(
  directory: ZipDirectory,
  limits: XlsxArchiveLimits = XLSX_ARCHIVE_LIMITS,
): XlsxArchiveProblem | null {
  const { entries } = directory;
  if (entries.length > limits.maxEntries) {
    return { kind: 'too-many-entries', entries: entries.length, max: limits.maxEntries };
  }
  const total = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (total > limits.maxUncompressedBytes) {
    return { kind: 'too-large', bytes: total, max: limits.maxUncompressedBytes };
  }
  for (const entry of entries) {
    if ((entry.flags & FLAG_ENCRYPTED) !== 0) return { kind: 'unreadable' };
    if (entry.method !== METHOD_STORED && entry.method !== METHOD_DEFLATED) return { kind: 'unreadable' };
    if (entry.uncompressedSize < limits.ratioCheckedFrom) continue;
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (ratio > limits.maxRatio) {
      return { kind: 'ratio', entry: entry.name, ratio: Math.round(ratio), max: limits.maxRatio };
    }
  }
  return null;
}

/** Raw deflate in zlib's thread pool, failing with ERR_BUFFER_TOO_LARGE as soon as the output passes the cap. */
function inflateCapped(data: Buffer, maxOutputLength: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    inflateRaw(data, { maxOutputLength }, (error, result) => (error ? reject(error) : resolve(result))),
  );
}

/**
 * Inflates every entry once, off the main thread, never producing more than the size its directory entry declares:
 * an entry whose data inflates to anything else is a lie (or damage), and the archive is refused.
 */
export async function checkZipContents(
  file: Buffer,
  directory: ZipDirectory,
): Promise<XlsxArchiveProblem | null> {
  const reader = new Reader(file);
  for (const entry of directory.entries) {
    let data: Buffer;
    try {
      const local = entry.localHeaderOffset;
      if (reader.u32(local) !== SIGNATURE.localFileHeader) return { kind: 'unreadable' };
      // jszip also skips the local name and extra field and then takes the central directory's compressed size.
      const start = local + LOCAL_HEADER_SIZE + reader.u16(local + 26) + reader.u16(local + 28);
      const end = start + entry.compressedSize;
      if (end > directory.centralDirectoryOffset) return { kind: 'unreadable' };
      data = file.subarray(start, end);
    } catch (error) {
      if (error instanceof Unreadable) return { kind: 'unreadable' };
      throw error;
    }
    if (entry.method === METHOD_STORED) {
      if (data.length !== entry.uncompressedSize) return { kind: 'size-mismatch', entry: entry.name };
      continue;
    }
    let inflated: Buffer;
    try {
      inflated = await inflateCapped(data, Math.max(entry.uncompressedSize, 1));
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') {
        return { kind: 'size-mismatch', entry: entry.name };
      }
      return { kind: 'unreadable' };
    }
    if (inflated.length !== entry.uncompressedSize) return { kind: 'size-mismatch', entry: entry.name };
  }
  return null;
}

/** The whole check: the directory, then the contents. Null when exceljs may read the file. */
export async function checkXlsxArchive(
  file: Buffer,
  limits: XlsxArchiveLimits = XLSX_ARCHIVE_LIMITS,
): Promise<XlsxArchiveProblem | null> {
  const directory = readZipDirectory(file);
  if (directory === null) return { kind: 'unreadable' };
  return checkZipDirectory(directory, limits) ?? (await checkZipContents(file, directory));
}

/** "63", "2,5": one decimal at most, Norwegian style. */
function megabytes(bytes: number): string {
  const rounded = (bytes / (1024 * 1024)).toFixed(1);
  return formatNumber(rounded, rounded.endsWith('.0') ? 0 : 1);
}

const megabytesEn = (bytes: number): string => (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');

/** An entry's name as it may appear in a sentence: printable, and short (the file chose it). */
function shownName(name: string): string {
  const printable = name.replace(/[\p{C}]/gu, '');
  return printable.length > 80 ? `${printable.slice(0, 79)}…` : printable;
}

const NOTHING_SAVED = { nb: 'Ingenting er lagret.', en: 'Nothing was saved.' } as const;

/** The sentence a person reads for a refused archive. */
export function xlsxArchiveProblemText(problem: XlsxArchiveProblem): ErrorText {
  switch (problem.kind) {
    case 'unreadable':
      return {
        nb: `Filen kunne ikke leses som en Excel-fil (.xlsx). ${NOTHING_SAVED.nb}`,
        en: `The file could not be read as an Excel file (.xlsx). ${NOTHING_SAVED.en}`,
      };
    case 'too-many-entries':
      return {
        nb: `Filen er ikke en vanlig Excel-fil: den består av ${problem.entries} deler, og høyst ${problem.max} er tillatt. ${NOTHING_SAVED.nb}`,
        en: `The file is not an ordinary Excel file: it has ${problem.entries} parts, and at most ${problem.max} are allowed. ${NOTHING_SAVED.en}`,
      };
    case 'too-large':
      return {
        nb: `Innholdet i filen er for stort: utpakket blir det ${megabytes(problem.bytes)} MB, og grensen er ${megabytes(problem.max)} MB. Fjern ark, bilder eller formatering som ikke trengs, og prøv igjen. ${NOTHING_SAVED.nb}`,
        en: `The file's content is too large: unpacked it is ${megabytesEn(problem.bytes)} MB, and the limit is ${megabytesEn(problem.max)} MB. Remove sheets, pictures or formatting that are not needed, and try again. ${NOTHING_SAVED.en}`,
      };
    case 'ratio':
      return {
        nb: `Filen blir ikke lest: delen «${shownName(problem.entry)}» pakkes ut til ${problem.ratio} ganger sin egen størrelse (høyst ${problem.max} er tillatt), slik filer laget for å fylle opp minnet gjør. ${NOTHING_SAVED.nb}`,
        en: `The file was not read: its part "${shownName(problem.entry)}" unpacks to ${problem.ratio} times its own size (at most ${problem.max} is allowed), as files made to fill up memory do. ${NOTHING_SAVED.en}`,
      };
    case 'size-mismatch':
      return {
        nb: `Filen er skadet eller forfalsket: delen «${shownName(problem.entry)}» pakkes ikke ut til den størrelsen filen oppgir. ${NOTHING_SAVED.nb}`,
        en: `The file is damaged or forged: its part "${shownName(problem.entry)}" does not unpack to the size the file declares. ${NOTHING_SAVED.en}`,
      };
  }
}
