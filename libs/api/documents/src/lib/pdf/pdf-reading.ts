import { inflateSync } from 'node:zlib';

/**
 * Reads back what a test needs from a PDF written by {@link archivalPdf} (streams deflated or not): its
 * fonts (embedded or not), its text runs decoded through each font's ToUnicode map, its information dictionary
 * and XMP metadata. Not a general PDF parser: it knows the shapes pdfkit writes.
 */

export interface PdfFont {
  /** The resource name on the page, e.g. "F1". */
  readonly resource: string;
  /** E.g. "BAAAAA+LiberationSans". */
  readonly baseFont: string;
  readonly subtype: string;
  /** True when the font program is in the file (FontFile, FontFile2 or FontFile3). */
  readonly embedded: boolean;
}

export interface PdfReading {
  readonly fonts: readonly PdfFont[];
  /** Each text-showing operation's text, in content order (one line of text each, as pdfkit writes). */
  readonly runs: readonly string[];
  readonly pageCount: number;
  /** The information dictionary's strings (Title, Author, Subject …). */
  readonly info: Readonly<Record<string, string>>;
  /** The XMP metadata packet. */
  readonly metadata: string;
  /** The catalogue's /Lang. */
  readonly lang: string | null;
  /** The catalogue has a structure tree and is marked as tagged. */
  readonly tagged: boolean;
}

interface PdfObject {
  readonly dictionary: string;
  readonly stream: string | null;
}

function objects(source: string): Map<number, PdfObject> {
  const result = new Map<number, PdfObject>();
  for (const match of source.matchAll(/(?:^|\n)(\d+) 0 obj\n([\s\S]*?)\nendobj/g)) {
    const body = match[2];
    const streamAt = body.indexOf('\nstream\n');
    const dictionary = streamAt === -1 ? body : body.slice(0, streamAt);
    let stream = streamAt === -1 ? null : body.slice(streamAt + 8, body.lastIndexOf('\nendstream'));
    if (stream !== null && /\/Filter \/FlateDecode/.test(dictionary)) {
      stream = inflateSync(Buffer.from(stream, 'latin1')).toString('latin1');
    }
    result.set(Number(match[1]), { dictionary, stream });
  }
  return result;
}

function reference(dictionary: string, key: string): number | null {
  const match = new RegExp(`/${key} (\\d+) 0 R`).exec(dictionary);
  return match ? Number(match[1]) : null;
}

function hexToText(hex: string): string {
  const units: number[] = [];
  for (let index = 0; index + 4 <= hex.length; index += 4)
    units.push(parseInt(hex.slice(index, index + 4), 16));
  return String.fromCharCode(...units);
}

/** A ToUnicode CMap of `<start> <end> [<unicode> …]` ranges, as pdfkit writes them: code → text. */
function toUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const range of cmap.matchAll(/<([0-9a-f]+)> <([0-9a-f]+)> \[([^\]]*)\]/gi)) {
    const start = parseInt(range[1], 16);
    [...range[3].matchAll(/<([0-9a-f ]*)>/gi)].forEach((entry, index) => {
      map.set(start + index, hexToText(entry[1].replace(/ /g, '')));
    });
  }
  return map;
}

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };

/** A PDF string literal from the information dictionary: UTF-16BE with a byte order mark, or PDFDocEncoding. */
function literal(raw: string): string {
  const unescaped = raw.replace(/\\([nrtbf()\\])/g, (_, char: string) => ESCAPES[char] ?? char);
  const bytes = Buffer.from(unescaped, 'latin1');
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
  return bytes.toString('latin1');
}

export function readPdf(pdf: Buffer): PdfReading {
  const source = pdf.toString('latin1');
  const all = objects(source);
  const fonts: PdfFont[] = [];
  const maps = new Map<string, Map<number, string>>();
  for (const object of all.values()) {
    const resources = /\/Font <<([^>]*)>>/.exec(object.dictionary);
    if (!resources) continue;
    for (const [, resource, id] of resources[1].matchAll(/\/(\w+) (\d+) 0 R/g)) {
      if (maps.has(resource)) continue;
      const font = all.get(Number(id));
      if (!font) continue;
      const descendant = /\/DescendantFonts \[(\d+) 0 R\]/.exec(font.dictionary);
      const descriptorOwner = descendant
        ? (all.get(Number(descendant[1]))?.dictionary ?? '')
        : font.dictionary;
      const descriptorId = reference(descriptorOwner, 'FontDescriptor');
      const descriptor = descriptorId === null ? '' : (all.get(descriptorId)?.dictionary ?? '');
      fonts.push({
        resource,
        baseFont: /\/BaseFont \/([^\s/]+)/.exec(font.dictionary)?.[1] ?? '',
        subtype: /\/Subtype \/(\w+)/.exec(font.dictionary)?.[1] ?? '',
        embedded: /\/FontFile[23]? \d+ 0 R/.test(descriptor),
      });
      const cmapId = reference(font.dictionary, 'ToUnicode');
      maps.set(resource, toUnicode((cmapId === null ? null : all.get(cmapId)?.stream) ?? ''));
    }
  }

  const runs: string[] = [];
  for (const object of all.values()) {
    if (object.stream === null || !/ Tf\b/.test(object.stream)) continue;
    let map = new Map<number, string>();
    for (const operation of object.stream.matchAll(/\/(\w+) [\d.]+ Tf|\[((?:[^\]])*)\] TJ/g)) {
      if (operation[1] !== undefined) {
        map = maps.get(operation[1]) ?? new Map<number, string>();
        continue;
      }
      let text = '';
      for (const [, hex] of operation[2].matchAll(/<([0-9a-f]*)>/gi)) {
        for (let index = 0; index + 4 <= hex.length; index += 4) {
          text += map.get(parseInt(hex.slice(index, index + 4), 16)) ?? '\ufffd';
        }
      }
      runs.push(text);
    }
  }

  const info: Record<string, string> = {};
  const infoId = reference(/trailer\s*<<([\s\S]*?)>>/.exec(source)?.[1] ?? '', 'Info');
  const infoDictionary = infoId === null ? '' : (all.get(infoId)?.dictionary ?? '');
  for (const [, key, id] of infoDictionary.matchAll(/\/(\w+) (\d+) 0 R/g)) {
    const raw = /^\(([\s\S]*)\)$/.exec(all.get(Number(id))?.dictionary.trim() ?? '')?.[1];
    if (raw !== undefined) info[key] = literal(raw);
  }
  const catalogue = [...all.values()].find((object) => /\/Type \/Catalog\b/.test(object.dictionary));
  const metadataId = catalogue ? reference(catalogue.dictionary, 'Metadata') : null;
  const langMatch = catalogue ? /\/Lang \(([^)]*)\)/.exec(catalogue.dictionary) : null;
  const markInfoId = catalogue ? reference(catalogue.dictionary, 'MarkInfo') : null;
  const markInfo = (markInfoId === null ? catalogue?.dictionary : all.get(markInfoId)?.dictionary) ?? '';
  return {
    fonts,
    runs,
    pageCount: source.match(/\/Type \/Page\b/g)?.length ?? 0,
    info,
    metadata: (metadataId === null ? null : all.get(metadataId)?.stream) ?? '',
    lang: langMatch ? literal(langMatch[1]) : null,
    tagged:
      catalogue !== undefined &&
      /\/StructTreeRoot \d+ 0 R/.test(catalogue.dictionary) &&
      /\/Marked true/.test(markInfo),
  };
}
