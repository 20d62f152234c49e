// Submitted comparisons, stored in SQLite so that share links (/c/<id>) survive restarts.
import { mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { packageRoot } from '../util/packageRoot.js';
import { StoreError } from './errors.js';
import { contentId, type AmendmentReport, type StoredSubmission, type SubmittedPair } from './submission.js';

export { contentId, type StoredSubmission, type SubmittedPair };

export interface StoredPair extends StoredSubmission {
  id: string;
  created: string;
}

/** The database file: RESDIFF_DB, else data/resdiff.sqlite in the project. */
export function defaultDatabasePath(): string {
  return process.env.RESDIFF_DB ?? join(packageRoot(), 'data', 'resdiff.sqlite');
}

/** Whether the database can take submissions: `problem` says why not, without naming server paths. */
export type StoreHealth = { ok: true } | { ok: false; what: 'deleted' | 'replaced'; problem: string };

/**
 * One line for an operator whose RESDIFF_DB cannot be used: what is wrong and what to do.
 *
 * @example openFailure('/srv/notes.txt', sqliteError) // "cannot use /srv/notes.txt as the share-link database: it is not a SQLite database; …"
 */
export function openFailure(path: string, error: unknown): string {
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  const reason =
    code === 'SQLITE_NOTADB'
      ? 'it is not a SQLite database'
      : code === 'EEXIST' || code === 'ENOTDIR'
        ? 'its folder cannot be made: a part of the path is a file'
        : code === 'SQLITE_CANTOPEN' || code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code.startsWith('SQLITE_READONLY')
          ? 'it cannot be created or written there'
          : `it cannot be opened (${code || (error as Error).message})`;
  return `cannot use ${path} as the share-link database: ${reason}; set RESDIFF_DB to a file in a folder the server can write (it is created if missing)`;
}

export class ComparisonStore {
  private readonly db: Database.Database;
  /** The file opened (device and inode), to notice it being deleted or replaced while the server runs. */
  private readonly file: { dev: number; ino: number } | null;
  private readonly insert: Database.Statement;
  private readonly select: Database.Statement;
  private readonly insertCompilation: Database.Statement;
  private readonly selectCompilation: Database.Statement;

  constructor(readonly path: string = defaultDatabasePath()) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    // The 303 to a share link is sent after save() returns, so a commit must be durable.
    // WAL: a commit appends to the -wal file with write(); once that returns, the data is in the
    // kernel's page cache and survives the process being killed (SIGKILL, a crash), whatever
    // `synchronous` says (test/server/durability.test.ts, `npm run soak`). Losing power or the
    // kernel is another matter: with synchronous=NORMAL the WAL is fsynced only at checkpoints, so
    // the last acknowledged links could roll back (the file stays consistent). FULL fsyncs the WAL
    // at every commit: one fsync per new submission (about 0.4 ms here), none for reads.
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.exec(`CREATE TABLE IF NOT EXISTS comparisons (
      id TEXT PRIMARY KEY,
      created TEXT NOT NULL,
      old_label TEXT NOT NULL,
      new_label TEXT NOT NULL,
      old_text TEXT NOT NULL,
      new_text TEXT NOT NULL
    )`);
    // What became of an amendment document's instructions (JSON), for a draft compared with itself
    // amended; NULL for every other pair. Added to a database made before it: its rows read as before.
    const columns = this.db.prepare('PRAGMA table_info(comparisons)').all() as { name: string }[];
    if (!columns.some((c) => c.name === 'amendments')) this.db.exec('ALTER TABLE comparisons ADD COLUMN amendments TEXT');
    this.insert = this.db.prepare(
      'INSERT OR IGNORE INTO comparisons (id, created, old_label, new_label, old_text, new_text, amendments) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.select = this.db.prepare('SELECT id, created, old_label, new_label, old_text, new_text, amendments FROM comparisons WHERE id = ?');
    // Compilation texts (issue 13), a table of their own: the compilation as the engine made it
    // (JSON), so its share link renders the same page and downloads after a restart. A database
    // made before it gains the table; its comparisons read as before.
    this.db.exec(`CREATE TABLE IF NOT EXISTS compilations (
      id TEXT PRIMARY KEY,
      created TEXT NOT NULL,
      compilation TEXT NOT NULL
    )`);
    this.insertCompilation = this.db.prepare('INSERT OR IGNORE INTO compilations (id, created, compilation) VALUES (?, ?, ?)');
    this.selectCompilation = this.db.prepare('SELECT compilation FROM compilations WHERE id = ?');
    this.file = path === ':memory:' ? null : identity(path);
  }

  /**
   * Whether the file is still the one opened (one stat: cheap enough for every save and every
   * /healthz). A database deleted or replaced under a running server would take submissions
   * into a file nobody will open again: their share links would be gone after a restart.
   */
  health(): StoreHealth {
    if (!this.file) return { ok: true };
    const now = identity(this.path);
    const what = !now ? 'deleted' : now.dev !== this.file.dev || now.ino !== this.file.ino ? 'replaced' : null;
    if (!what) return { ok: true };
    return { ok: false, what, problem: `the share-link database file has been ${what} since the server started: new share links cannot be stored; restart the server` };
  }

  /**
   * Stores a submission (once) and returns its id (its content id, worked out when not given).
   *
   * @throws StoreError 503 when the database file is gone; SQLite's own errors (a full disk) as they are.
   */
  save(pair: StoredSubmission, id = contentId(pair), now = new Date()): string {
    const health = this.health();
    if (!health.ok) {
      throw new StoreError('gone', 503, `This comparison cannot be stored, so it would have no share link: the server's database has been ${health.what} since it started. Nothing was lost: your texts are still in the form. Try again once the server has been restarted.`);
    }
    this.insert.run(id, now.toISOString(), pair.oldLabel, pair.newLabel, pair.oldText, pair.newText, pair.amendments ? JSON.stringify(pair.amendments) : null);
    return id;
  }

  get(id: string): StoredPair | undefined {
    const row = this.select.get(id) as
      | { id: string; created: string; old_label: string; new_label: string; old_text: string; new_text: string; amendments: string | null }
      | undefined;
    if (!row) return undefined;
    const pair: StoredPair = { id: row.id, created: row.created, oldLabel: row.old_label, newLabel: row.new_label, oldText: row.old_text, newText: row.new_text };
    if (row.amendments !== null) pair.amendments = JSON.parse(row.amendments) as AmendmentReport;
    return pair;
  }

  /**
   * Stores a compilation (its JSON, as the worker made it) once under its id.
   *
   * @throws StoreError 503 when the database file is gone; SQLite's own errors as they are.
   */
  saveCompilation(id: string, json: string, now = new Date()): string {
    const health = this.health();
    if (!health.ok) {
      throw new StoreError('gone', 503, `This compilation cannot be stored, so it would have no share link: the server's database has been ${health.what} since it started. Nothing was lost: your texts are still in the form. Try again once the server has been restarted.`);
    }
    this.insertCompilation.run(id, now.toISOString(), json);
    return id;
  }

  /** A stored compilation's JSON, or undefined. */
  getCompilation(id: string): string | undefined {
    return (this.selectCompilation.get(id) as { compilation: string } | undefined)?.compilation;
  }

  /** How many submissions are stored. */
  count(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM comparisons').get() as { n: number }).n;
  }

  integrityCheck(): string {
    return (this.db.pragma('integrity_check', { simple: true }) as string) ?? 'unknown';
  }

  close(): void {
    this.db.close();
  }
}

function identity(path: string): { dev: number; ino: number } | null {
  try {
    const s = statSync(path);
    return { dev: s.dev, ino: s.ino };
  } catch {
    return null;
  }
}
