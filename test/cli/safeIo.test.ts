// CLI writes and reads that cannot harm the system (issue 14, section 8), each through the real
// CLI as a process of its own (test/badInput/builtCli.ts): -o never replaces a link, a pipe, a
// device, a folder or a kernel file and never creates folders; reads stop at the limit however
// endless the source; a failing standard output is one line and exit 2, a broken pipe quiet.
import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '../helpers/corpus.js';
import { stdoutError, writeError } from '../../src/util/ioError.js';
import { endlessWriter, runBuiltCli, type BuiltCliResult } from '../badInput/builtCli.js';

const tmp = mkdtempSync(join(tmpdir(), 'resdiff-safe-io-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const SAME = ['diff', 'A/RES/68/160', 'A/RES/68/160'];
const CORPUS_FILE = join(CORPUS_DIR, 'A-RES-68-160.zh.txt');

/** Exit 2, nothing on standard output, and exactly one line on standard error, matching `line`. */
function refused(r: BuiltCliResult, line: RegExp): void {
  expect(r.timedOut, 'ended before the time limit').toBe(false);
  expect(r.stderr).toMatch(/^resdiff: [^\n]*\n$/);
  expect(r.stderr).toMatch(line);
  expect(r.stderr).not.toMatch(/internal error|please report|\n\s+at /);
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
}

/** The temporary files of an atomic write, if any were left behind. */
const leftovers = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.resdiff.tmp'));

describe('-o writes only over a regular file or a new name', () => {
  it('over a regular file: replaced whole, its permissions kept, nothing left behind (the case that must keep working)', async () => {
    const dir = mkdtempSync(join(tmp, 'regular-'));
    const path = join(dir, 'out.txt');
    writeFileSync(path, 'old contents\n');
    chmodSync(path, 0o640);
    const r = await runBuiltCli([...SAME, '-o', path]);
    expect(r.status).toBe(0);
    expect(readFileSync(path, 'utf8')).toMatch(/^Summary: 23 unchanged/);
    expect(statSync(path).mode & 0o777).toBe(0o640);
    expect(leftovers(dir)).toEqual([]);
  });

  it('over a symbolic link: refused, the link and its target unchanged', async () => {
    const dir = mkdtempSync(join(tmp, 'link-'));
    const target = join(dir, 'target.txt');
    const link = join(dir, 'link.txt');
    writeFileSync(target, 'the target\n');
    symlinkSync(target, link);
    const r = await runBuiltCli([...SAME, '-o', link]);
    refused(r, new RegExp(`refusing to write ${link}: it is a symbolic link`));
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(target);
    expect(readFileSync(target, 'utf8')).toBe('the target\n');
    expect(leftovers(dir)).toEqual([]);
  });

  it('over a named pipe: refused, still a pipe', async () => {
    const fifo = join(tmp, 'out.fifo');
    execFileSync('mkfifo', [fifo]);
    const r = await runBuiltCli([...SAME, '-o', fifo]);
    refused(r, new RegExp(`refusing to write ${fifo}: it is a named pipe`));
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('over a device: refused, still a device', async () => {
    // A device node of our own (the null device, 1:3) when we may make one (root), so that a
    // regression replaces only it (as root, /dev/full itself was replaced by a regular file: never
    // aim this test at a device of the system); otherwise /dev/null, which a user who cannot make
    // device nodes cannot replace either.
    let device = join(tmp, 'null-device');
    try {
      execFileSync('mknod', [device, 'c', '1', '3'], { stdio: 'ignore' });
    } catch {
      device = '/dev/null';
    }
    const r = await runBuiltCli([...SAME, '-o', device]);
    refused(r, new RegExp(`refusing to write ${device}: it is a character device`));
    expect(lstatSync(device).isCharacterDevice()).toBe(true);
  });

  it('over a folder: refused in one line, nothing written in it', async () => {
    const dir = mkdtempSync(join(tmp, 'folder-'));
    const r = await runBuiltCli([...SAME, '-o', dir]);
    refused(r, new RegExp(`refusing to write ${dir}: it is a folder`));
    expect(statSync(dir).isDirectory()).toBe(true);
    expect(readdirSync(dir)).toEqual([]);
    // /tmp, as in the issue: it printed "internal error ... please report it".
    refused(await runBuiltCli([...SAME, '-o', '/tmp']), /refusing to write \/tmp: it is a folder/);
  });

  it('into a folder that does not exist: said, and the folder is not created', async () => {
    const path = join(tmp, 'no', 'such', 'x.txt');
    const r = await runBuiltCli([...SAME, '-o', path]);
    refused(r, new RegExp(`cannot write ${path}: the folder ${join(tmp, 'no', 'such')} does not exist`));
    expect(existsSync(join(tmp, 'no'))).toBe(false);
  });

  it('into /proc: refused in one line', async () => {
    refused(await runBuiltCli([...SAME, '-o', '/proc/resdiff-out.txt']), /refusing to write \/proc\/resdiff-out\.txt: \/proc is on the kernel's proc file system/);
    expect(existsSync('/proc/resdiff-out.txt')).toBe(false);
  });

  it('an empty name: worded, not the validator\'s raw message', async () => {
    refused(await runBuiltCli([...SAME, '-o', '']), /^resdiff: -o needs a file name \(it was given an empty one\)\n$/);
  });
});

describe('batch output folder', () => {
  const pairs = join(tmp, 'pairs.csv');
  writeFileSync(pairs, 'A/RES/68/160,A/RES/68/160\n');

  it('a file of that name: refused in one line, the file unchanged', async () => {
    const file = join(tmp, 'reports-file');
    writeFileSync(file, 'not a folder\n');
    const r = await runBuiltCli(['batch', pairs, '-o', file, '--offline']);
    refused(r, new RegExp(`cannot use ${file} as the output folder: it is a file, not a folder`));
    expect(readFileSync(file, 'utf8')).toBe('not a folder\n');
  });

  it('the folder is made, but not its parents', async () => {
    const deep = join(tmp, 'parent', 'reports');
    const r = await runBuiltCli(['batch', pairs, '-o', deep, '--offline']);
    refused(r, new RegExp(`cannot make the folder ${deep}: the folder ${join(tmp, 'parent')} does not exist`));
    expect(existsSync(join(tmp, 'parent'))).toBe(false);
    mkdirSync(join(tmp, 'parent'));
    const made = await runBuiltCli(['batch', pairs, '-o', deep, '--offline']);
    expect(made.status).toBe(0);
    expect(readdirSync(deep).sort()).toEqual(['A-RES-68-160-to-A-RES-68-160.html', 'batch.json', 'index.html']);
  });
});

describe('reads are capped by the bytes read', () => {
  it('diff /dev/zero FILE: refused as too large, within the time limit', async () => {
    const r = await runBuiltCli(['diff', '/dev/zero', CORPUS_FILE], { timeoutMs: 20_000 });
    refused(r, /^resdiff: \/dev\/zero is too large: more than the 50 MB limit was read from it \(it is a character device/);
  }, 30_000);

  it('an endless named pipe: stopped at the limit, refused as too large', async () => {
    const fifo = join(tmp, 'endless.fifo');
    execFileSync('mkfifo', [fifo]);
    const writer = endlessWriter(fifo);
    try {
      const r = await runBuiltCli(['diff', fifo, CORPUS_FILE], { timeoutMs: 20_000 });
      refused(r, new RegExp(`^resdiff: ${fifo} is too large: more than the 50 MB limit was read from it \\(it is a named pipe`));
    } finally {
      writer.kill('SIGKILL');
    }
  }, 30_000);

  it('a finite named pipe (a shell\'s <(…)) is still read', async () => {
    const fifo = join(tmp, 'finite.fifo');
    execFileSync('mkfifo', [fifo]);
    const writer = promisify(execFile)('/bin/sh', ['-c', 'cat "$0" > "$1"', CORPUS_FILE, fifo]);
    const r = await runBuiltCli(['diff', fifo, 'A/RES/68/160'], { timeoutMs: 20_000 });
    await writer;
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 30_000);
});

describe('standard output that fails', () => {
  it('on /dev/full: one line and exit 2 (it was exit 1 and a stack trace)', async () => {
    const r = await runBuiltCli(SAME, { stdout: 'dev-full' });
    expect(r.stderr).toBe('resdiff: cannot write to standard output: the disk is full (ENOSPC)\n');
    expect(r.status).toBe(2);
  });

  it('a broken pipe (the reader went away, as `| head -1` does): quiet, exit 2', async () => {
    const r = await runBuiltCli(['diff', 'A/HRC/RES/19/33', 'A/HRC/RES/28/2'], { stdout: 'closed-pipe' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(2);
  });
});

describe('the wording of write errors (src/util/ioError.ts)', () => {
  it('says why in words, with the system\'s code, for every common write error', () => {
    const said = (code: string) => writeError('out.html', Object.assign(new Error(code), { code })).message;
    expect(said('ENOSPC')).toBe('cannot write out.html: the disk is full (ENOSPC)');
    expect(said('EACCES')).toBe('cannot write out.html: permission denied (EACCES)');
    expect(said('EROFS')).toBe('cannot write out.html: the file system is read-only (EROFS)');
    expect(said('EISDIR')).toBe('cannot write out.html: it is a folder (EISDIR)');
    expect(said('EWHATEVER')).toBe('cannot write out.html: it failed (EWHATEVER)');
    expect(stdoutError(Object.assign(new Error('x'), { code: 'EIO' })).message).toBe('cannot write to standard output: an input/output error on the device (EIO)');
  });
});
