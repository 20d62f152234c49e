// File errors in words: which path, what it is, and why it could not be read or written, said
// in one place for the CLI and the batch.
// Layer: util (bottom). Imports nothing of resdiff, so anything may use it.
import { statfsSync, type Stats } from 'node:fs';

/**
 * A file could not be read or written. `message` is one line for a person (it names the path);
 * `path` is the file, and `errno` the system's code when there was one (ENOSPC, EACCES...).
 *
 * @example throw new FileError('/tmp', 'refusing to write /tmp: it is a folder (give a file name)')
 */
export class FileError extends Error {
  constructor(
    readonly path: string,
    message: string,
    readonly errno?: string,
  ) {
    super(message);
    this.name = 'FileError';
  }
}

/** What a path is when it is not a regular file, in words ("a folder", "a named pipe (FIFO)"...); null for a regular file. */
export function kindOf(stat: Stats): string | null {
  if (stat.isFile()) return null;
  if (stat.isDirectory()) return 'a folder';
  if (stat.isSymbolicLink()) return 'a symbolic link';
  if (stat.isFIFO()) return 'a named pipe';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}

// Linux file systems that are views of the kernel, not places for files (magic numbers of statfs(2)).
const KERNEL_FILE_SYSTEMS: Record<number, string> = {
  0x9fa0: 'proc',
  0x62656572: 'sysfs',
  0x27e0eb: 'cgroup',
  0x63677270: 'cgroup2',
  0x64626720: 'debugfs',
  0x74726163: 'tracefs',
  0x73636673: 'securityfs',
  0xde5e81e4: 'efivarfs',
  0xcafe4a11: 'bpf',
  0x62656570: 'configfs',
};

/** The name of the kernel file system `path` (an existing file or folder) is on, such as "proc"; null for an ordinary one or when unknown. */
export function kernelFileSystem(path: string): string | null {
  try {
    return KERNEL_FILE_SYSTEMS[Number(statfsSync(path).type)] ?? null;
  } catch {
    return null;
  }
}

const REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EFBIG: 'the file is too large for its file system',
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted',
  EROFS: 'the file system is read-only',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  ENOENT: 'no such file or folder',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many symbolic links',
  EPIPE: 'the reader has gone (broken pipe)',
  EIO: 'an input/output error on the device',
  ENXIO: 'no such device, or a socket (which cannot be opened as a file)',
  EBUSY: 'it is busy',
  ETXTBSY: 'it is a program that is running',
  EMFILE: 'too many files are open',
  ENFILE: 'too many files are open',
  EAGAIN: 'it is not ready (try again)',
  EINVAL: 'its file system does not allow it',
  EXDEV: 'it is on another file system',
  EEXIST: 'it already exists',
};

/** Why a system call failed, in words, with the system's code: "the disk is full (ENOSPC)". */
export function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string') return `${REASONS[code] ?? 'it failed'} (${code})`;
  return error instanceof Error ? error.message : String(error);
}

/** A failed write of `path`, in words. */
export function writeError(path: string, error: unknown): FileError {
  if (error instanceof FileError) return error;
  return new FileError(path, `cannot write ${path}: ${reasonOf(error)}`, (error as NodeJS.ErrnoException).code);
}

/** A failed write to standard output, in words. */
export function stdoutError(error: unknown): FileError {
  return new FileError('standard output', `cannot write to standard output: ${reasonOf(error)}`, (error as NodeJS.ErrnoException).code);
}
