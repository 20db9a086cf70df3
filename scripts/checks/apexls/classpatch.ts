import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { inflateRawSync } from 'node:zlib';

/**
 * apex-ls on Java 17 (../shared/TOOLCHAIN.md): 21 classes of the pinned apex-ls jar are class-file major version 65 (Java 21) and
 * call no Java 18+ API. Copies with major version 61 in a folder placed before the jars on the classpath run correctly;
 * node_modules stays untouched and the copies live in a git-ignored cache, never committed.
 * The fix depends on that exact jar: its SHA-256 is pinned, and any other jar is refused.
 */
export const PINNED_JAR = 'apex-ls_2.13-5.3.0+0-07fe7753+20240716-1726-SNAPSHOT.jar';
export const PINNED_JAR_SHA256 = '90e6aa6fe88793cf293b0ab37557ab8fd4f846abd63c35ee763798e9660e479a';
export const PINNED_JAVA21_CLASSES = 21;
const JAVA17_MAJOR = 61;
const JAVA21_MAJOR = 65;

export interface ZipEntry {
  name: string;
  data: Buffer;
}

/** Every `.class` entry of a zip/jar (stored or deflated; the apex-ls jar needs no ZIP64). */
export function readClassEntries(zip: Buffer): ZipEntry[] {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file: no end-of-central-directory record');
  const count = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(offset) !== 0x02014b50) throw new Error(`bad central directory entry at ${offset}`);
    const method = zip.readUInt16LE(offset + 10);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const localOffset = zip.readUInt32LE(offset + 42);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    offset += 46 + nameLength + extraLength + commentLength;
    if (!name.endsWith('.class')) continue;
    const dataStart = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const raw = zip.subarray(dataStart, dataStart + compressedSize);
    if (method !== 0 && method !== 8) throw new Error(`${name}: unsupported zip compression method ${method}`);
    entries.push({ name, data: method === 0 ? Buffer.from(raw) : inflateRawSync(raw) });
  }
  return entries;
}

/** Class-file major version: bytes 6–7, big-endian, after the 0xCAFEBABE magic. */
export function majorVersion(classFile: Buffer): number {
  if (classFile.length < 8 || classFile.readUInt32BE(0) !== 0xcafebabe) throw new Error('not a class file');
  return classFile.readUInt16BE(6);
}

/** A copy of a Java 21 class file marked as Java 17 (only bytes 6–7 change). */
export function downgradeToJava17(classFile: Buffer): Buffer {
  const copy = Buffer.from(classFile);
  copy.writeUInt16BE(JAVA17_MAJOR, 6);
  return copy;
}

/** Major Java version of `java -version` output (`"17.0.15"` → 17, `"1.8.0"` → 8). */
export function javaMajorFrom(versionOutput: string): number {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (match === null) throw new Error(`cannot read the Java version from: ${versionOutput.slice(0, 200)}`);
  const first = Number(match[1]);
  return first === 1 ? Number(match[2]) : first;
}

/**
 * The folder of downgraded classes for `jarPath`, created on first use under `cacheRoot/<sha>` (a complete folder or
 * none: written beside, then renamed). Throws when the jar is not the pinned one or holds other than the 21 classes.
 */
export function patchedClassesFolder(jarPath: string, cacheRoot: string): string {
  const jar = readFileSync(jarPath);
  const sha = createHash('sha256').update(jar).digest('hex');
  if (sha !== PINNED_JAR_SHA256) {
    throw new Error(
      `${jarPath} is not the pinned apex-ls jar (${PINNED_JAR}, sha256 ${PINNED_JAR_SHA256}); the Java 17 class patch ` +
        'is only verified for that jar — check the new version on Java 17 and update scripts/checks/apexls/classpatch.ts'
    );
  }
  const folder = join(cacheRoot, sha);
  if (existsSync(join(folder, 'COMPLETE'))) return folder;
  const java21 = readClassEntries(jar).filter((entry) => majorVersion(entry.data) === JAVA21_MAJOR);
  if (java21.length !== PINNED_JAVA21_CLASSES) {
    throw new Error(`expected ${PINNED_JAVA21_CLASSES} Java 21 classes in ${PINNED_JAR}, found ${java21.length}`);
  }
  const staging = `${folder}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  for (const entry of java21) {
    const target = join(staging, entry.name);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, downgradeToJava17(entry.data));
  }
  writeFileSync(join(staging, 'COMPLETE'), java21.map((entry) => entry.name).join('\n') + '\n');
  rmSync(folder, { recursive: true, force: true });
  renameSync(staging, folder);
  return folder;
}
