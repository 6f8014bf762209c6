import { crc32, deflateRawSync } from 'node:zlib';

/** One file in a test archive. */
export interface ZipFixtureEntry {
  readonly name: string;
  /** The content, uncompressed. */
  readonly data: Buffer;
  /** Deflated (the default) or stored. */
  readonly deflate?: boolean;
  /** What the central directory claims the content inflates to, when the test wants it to lie. */
  readonly declaredSize?: number;
  /** General-purpose flags (bit 0: encrypted). */
  readonly flags?: number;
}

/**
 * A zip archive written by hand (APPNOTE.TXT: local headers with the data, the central directory, the
 * End-Of-Central-Directory record), for tests of what the API does with hostile uploads: zip bombs, lying
 * directories, odd entry counts. Not for real use: no ZIP64, no data descriptors.
 */
export function zipArchive(entries: readonly ZipFixtureEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const deflate = entry.deflate ?? true;
    const content = deflate ? deflateRawSync(entry.data, { level: 9 }) : entry.data;
    const fields = {
      flags: entry.flags ?? 0x0800,
      method: deflate ? 8 : 0,
      crc: crc32(entry.data),
      compressed: content.length,
      uncompressed: entry.declaredSize ?? entry.data.length,
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(fields.flags, 6);
    local.writeUInt16LE(fields.method, 8);
    local.writeUInt32LE(fields.crc, 14);
    local.writeUInt32LE(fields.compressed, 18);
    local.writeUInt32LE(fields.uncompressed, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(fields.flags, 8);
    central.writeUInt16LE(fields.method, 10);
    central.writeUInt32LE(fields.crc, 16);
    central.writeUInt32LE(fields.compressed, 20);
    central.writeUInt32LE(fields.uncompressed, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, content);
    centrals.push(central, name);
    offset += local.length + name.length + content.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
