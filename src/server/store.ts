// Submitted comparisons, stored in SQLite so that share links (/c/<id>) survive restarts.
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { packageRoot } from '../util/packageRoot.js';

/** What a user submitted: two texts and their labels. Results are recomputed, never stored. */
export interface SubmittedPair {
  oldText: string;
  newText: string;
  oldLabel: string;
  newLabel: string;
}

export interface StoredPair extends SubmittedPair {
  id: string;
  created: string;
}

/** The database file: RESDIFF_DB, else data/resdiff.sqlite in the project. */
export function defaultDatabasePath(): string {
  return process.env.RESDIFF_DB ?? join(packageRoot(), 'data', 'resdiff.sqlite');
}

/** The id of a submission is a hash of its content: the same texts give the same link. */
export function contentId(pair: SubmittedPair): string {
  return createHash('sha256').update(JSON.stringify([pair.oldLabel, pair.newLabel, pair.oldText, pair.newText])).digest('hex').slice(0, 20);
}

export class ComparisonStore {
  private readonly db: Database.Database;
  private readonly insert: Database.Statement;
  private readonly select: Database.Statement;

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
    this.insert = this.db.prepare(
      'INSERT OR IGNORE INTO comparisons (id, created, old_label, new_label, old_text, new_text) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.select = this.db.prepare('SELECT id, created, old_label, new_label, old_text, new_text FROM comparisons WHERE id = ?');
  }

  /** Stores a submission (once) and returns its id. */
  save(pair: SubmittedPair, now = new Date()): string {
    const id = contentId(pair);
    this.insert.run(id, now.toISOString(), pair.oldLabel, pair.newLabel, pair.oldText, pair.newText);
    return id;
  }

  get(id: string): StoredPair | undefined {
    const row = this.select.get(id) as
      | { id: string; created: string; old_label: string; new_label: string; old_text: string; new_text: string }
      | undefined;
    if (!row) return undefined;
    return { id: row.id, created: row.created, oldLabel: row.old_label, newLabel: row.new_label, oldText: row.old_text, newText: row.new_text };
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
