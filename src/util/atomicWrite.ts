// Writing a file completely or not at all (a temporary file in the same folder, then a rename),
// and only where that cannot harm the system: over a regular file or under a new name, never
// over a link, a pipe, a device or a kernel file, and never into a folder that is not there.
// Layer: util (bottom).
import { createRequire } from 'node:module';
import { accessSync, closeSync, constants, fchmodSync, fsyncSync, lstatSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync, type Stats } from 'node:fs';
import { dirname, join } from 'node:path';
import { FileError, kernelFileSystem, kindOf, reasonOf, writeError } from './ioError.js';

const code = (e: unknown) => (e as NodeJS.ErrnoException).code;

/** The folder `path` would be written in: it must exist, be a folder, and not be a view of the kernel (/proc, /sys). */
function checkFolderOf(path: string, folder: string): void {
  let stat: Stats;
  try {
    stat = statSync(folder);
  } catch (e) {
    if (code(e) === 'ENOENT') throw new FileError(path, `cannot write ${path}: the folder ${folder} does not exist (resdiff does not create folders)`, 'ENOENT');
    if (code(e) === 'ENOTDIR') throw new FileError(path, `cannot write ${path}: a part of ${folder} is not a folder`, 'ENOTDIR');
    throw writeError(path, e);
  }
  if (!stat.isDirectory()) throw new FileError(path, `cannot write ${path}: ${folder} is ${kindOf(stat) ?? 'a file'}, not a folder`, 'ENOTDIR');
  const kernel = kernelFileSystem(folder);
  if (kernel) throw new FileError(path, `refusing to write ${path}: ${folder} is on the kernel's ${kernel} file system, not a place for files`);
}

/**
 * Checks that `path` may be written: a regular file that can be replaced, or a new name in an
 * existing folder. Anything else (a symbolic link, a named pipe, a socket, a device, a folder, a
 * file in /proc or /sys) is refused with a FileError that names the path and says what it is.
 * Returns the existing file's details, or null for a new name. Call it before long work, so a
 * bad path is refused at once.
 *
 * @example checkOutputFile('/dev/full') // throws: refusing to write /dev/full: it is a character device, ...
 */
export function checkOutputFile(path: string): Stats | null {
  if (path === '') throw new FileError(path, 'no file name to write to (the name is empty)');
  let stat: Stats | null = null;
  try {
    stat = lstatSync(path);
  } catch (e) {
    if (code(e) !== 'ENOENT' && code(e) !== 'ENOTDIR') throw writeError(path, e);
  }
  if (stat) {
    const kind = kindOf(stat);
    if (kind === 'a folder') throw new FileError(path, `refusing to write ${path}: it is a folder (give the name of a file in it)`, 'EISDIR');
    if (kind) throw new FileError(path, `refusing to write ${path}: it is ${kind}, and resdiff writes only to a regular file or a new name`);
  }
  checkFolderOf(path, dirname(path));
  if (stat) {
    try {
      accessSync(path, constants.W_OK);
    } catch (e) {
      throw writeError(path, e);
    }
  }
  return stat;
}

/**
 * Writes `content` to `path` completely or not at all: into a new temporary file in the same
 * folder (created exclusively, so never through a link planted under its name), flushed to the
 * disk, then renamed over `path`. An existing file keeps its permissions. Only a regular file or
 * a new name is written (see checkOutputFile); every failure is a FileError worded for a person.
 * The check and the rename are two steps: a name swapped meanwhile (by someone who may write the
 * folder anyway) is replaced by the rename, never written through.
 */
// node:crypto loads when a file is first written, not with the CLI (a diff to stdout needs none of it).
let crypto: typeof import('node:crypto') | undefined;
const randomBytes = (n: number): Buffer => (crypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto')).randomBytes(n);

export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  const existing = checkOutputFile(path);
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  // Random, not time and pid: worker threads of one process write at the same moment.
  const tmp = join(dirname(path), `.${randomBytes(8).toString('hex')}.resdiff.tmp`);
  let fd: number | undefined;
  let renamed = false;
  try {
    fd = openSync(tmp, 'wx', 0o666);
    if (existing) fchmodSync(fd, existing.mode & 0o777);
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, path);
    renamed = true;
  } catch (e) {
    throw writeError(path, e);
  } finally {
    if (fd !== undefined) closeQuietly(fd);
    if (!renamed) removeQuietly(tmp);
  }
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // already failing: the first error is the one to report
  }
}

function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // already failing: the first error is the one to report
  }
}

/**
 * Makes the output folder of a batch: the one folder named, never its parents. An existing
 * folder is used as it is; anything else at that name (a file, a device...) is refused in one line.
 *
 * @example makeOutputFolder('reports') // creates ./reports, or uses it if it is there
 */
export function makeOutputFolder(path: string): void {
  if (path === '') throw new FileError(path, 'no folder name to write the reports in (the name is empty)');
  const parentKernel = kernelFileSystem(dirname(path));
  if (parentKernel) throw new FileError(path, `refusing to make the folder ${path}: ${dirname(path)} is on the kernel's ${parentKernel} file system, not a place for files`);
  try {
    mkdirSync(path);
    return;
  } catch (e) {
    if (code(e) === 'ENOENT') throw new FileError(path, `cannot make the folder ${path}: the folder ${dirname(path)} does not exist (resdiff makes the output folder, not its parents)`, 'ENOENT');
    if (code(e) === 'ENOTDIR') throw new FileError(path, `cannot make the folder ${path}: a part of ${dirname(path)} is not a folder`, 'ENOTDIR');
    if (code(e) !== 'EEXIST') throw new FileError(path, `cannot make the folder ${path}: ${reasonOf(e)}`, code(e));
  }
  // Something is there already: a folder (or a link to one) is used, anything else refused.
  let stat: Stats | null = null;
  try {
    stat = statSync(path);
  } catch {
    // a symbolic link that leads nowhere
  }
  if (!stat?.isDirectory()) throw new FileError(path, `cannot use ${path} as the output folder: it is ${stat ? (kindOf(stat) ?? 'a file') : 'a symbolic link that leads nowhere'}, not a folder`, 'ENOTDIR');
  const kernel = kernelFileSystem(path);
  if (kernel) throw new FileError(path, `refusing to write reports in ${path}: it is on the kernel's ${kernel} file system, not a place for files`);
}
