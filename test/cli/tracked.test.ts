// `diff FILE.docx --tracked` and `report FILE.docx --tracked` end to end, through the built CLI
// (bin/resdiff.js on dist/: `npm run build` first). The Word files are resdiff's own reports of
// corpus pairs, a derived Word file of A/RES/51/100 without tracked changes (scripts/fixtures.ts),
// and the ZIP bomb of the bad-input catalogue (test/badInput/fixtures.ts).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocx } from '../../scripts/fixtures.js';
import { runBuiltCli } from '../badInput/builtCli.js';
import { zipBomb } from '../badInput/fixtures.js';
import { CONTENT_TYPES, RELS, zipArchive } from '../../bench/abuse/wordBomb.js';
import { CORPUS_DIR, parseCorpus } from '../helpers/corpus.js';

const tmp = mkdtempSync(join(tmpdir(), 'resdiff-tracked-'));
const at = (name: string) => join(tmp, name);
const PAIRS = [
  { name: 'zh', old: 'A/RES/55/109', new: 'A/RES/68/160' },
  { name: 'en', old: 'A/HRC/RES/19/33', new: 'A/HRC/RES/28/2' },
] as const;

/** A diff's JSON without what only the documents' headers say. */
const body = (json: string) => {
  const out = JSON.parse(json) as { summary: unknown; changes: unknown; old: unknown; new: unknown };
  return { summary: out.summary, changes: out.changes };
};

beforeAll(async () => {
  for (const pair of PAIRS) {
    const r = await runBuiltCli(['report', pair.old, pair.new, '--format', 'docx', '--author', 'Delegation', '-o', at(`${pair.name}.docx`)], { timeoutMs: 60_000 });
    expect(r.status, r.stderr).toBe(1);
  }
  writeFileSync(at('clean.docx'), await buildDocx(parseCorpus('A-RES-51-100.en.txt')));
  writeFileSync(at('plain.txt'), 'not a Word file');
}, 120_000);

describe('resdiff diff --tracked', () => {
  for (const pair of PAIRS) {
    it(`reads resdiff's own Word report of ${pair.old} -> ${pair.new} back as the pair it compared`, async () => {
      const [tracked, direct] = await Promise.all([
        runBuiltCli(['diff', at(`${pair.name}.docx`), '--tracked', '--format', 'json'], { timeoutMs: 60_000 }),
        runBuiltCli(['diff', pair.old, pair.new, '--format', 'json'], { timeoutMs: 60_000 }),
      ]);
      expect(tracked.status, tracked.stderr).toBe(1);
      expect(direct.status).toBe(1);
      expect(body(tracked.stdout)).toEqual(body(direct.stdout));
      // The texts are named as the report named them, not by its heading's first symbol.
      const out = JSON.parse(tracked.stdout);
      expect([out.old.symbol, out.new.symbol]).toEqual([pair.old, pair.new]);
      expect(tracked.stderr).toMatch(/holds \d+ tracked changes by Delegation: comparing its text with every change rejected against its text with every change accepted/);
    }, 60_000);
  }

  it('prints the comparison and, in a report, the amendment list, as for two documents', async () => {
    const [tracked, direct] = await Promise.all([
      runBuiltCli(['report', at('en.docx'), '--tracked', '--format', 'markdown'], { timeoutMs: 60_000 }),
      runBuiltCli(['report', 'A/HRC/RES/19/33', 'A/HRC/RES/28/2', '--format', 'markdown'], { timeoutMs: 60_000 }),
    ]);
    expect(tracked.status, tracked.stderr).toBe(1);
    expect(tracked.stdout).toContain('replace “16/22 of 25” with “25/3 of 27”');
    // The same report but for the lines that say when it was made.
    const stable = (s: string) => s.split('\n').filter((l) => !/\d{4}-\d\d-\d\dT|generated|resdiff \d/i.test(l));
    expect(stable(tracked.stdout)).toEqual(stable(direct.stdout));
  }, 60_000);

  it('refuses a Word file without tracked changes, saying to compare it as a document', async () => {
    const r = await runBuiltCli(['diff', at('clean.docx'), '--tracked']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/clean\.docx has no tracked changes to its text: compare it as a document instead/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    // Read as a document it is fine.
    expect((await runBuiltCli(['diff', at('clean.docx'), join(CORPUS_DIR, 'A-RES-51-100.en.txt')])).status).toBeLessThan(2);
  });

  it('refuses --tracked with a file that is not .docx, with two documents, or with --previous', async () => {
    const cases: [string[], RegExp][] = [
      [['diff', at('plain.txt'), '--tracked'], /--tracked reads a Word file with tracked changes \(\.docx\); .*plain\.txt is not one/],
      [['report', at('plain.txt'), '--tracked'], /report --tracked reads a Word file/],
      [['diff', at('en.docx'), at('zh.docx'), '--tracked'], /diff --tracked takes one document, a Word file with tracked changes .*got 2/],
      [['diff', '--tracked'], /got 0/],
      [['diff', at('en.docx'), '--tracked', '--previous'], /takes no --previous/],
      [['diff', at('missing.docx'), '--tracked'], /cannot read .*missing\.docx: no such file/],
    ];
    for (const [argv, message] of cases) {
      const r = await runBuiltCli(argv);
      expect(r.status, argv.join(' ')).toBe(2);
      expect(r.stderr, argv.join(' ')).toMatch(message);
      expect(r.stderr.trim().split('\n'), argv.join(' ')).toHaveLength(1);
    }
  }, 60_000);

  it('refuses a ZIP bomb named .docx within the budgets of any Word file', async () => {
    writeFileSync(at('bomb.docx'), await zipBomb({ lie: true }));
    const r = await runBuiltCli(['diff', at('bomb.docx'), '--tracked']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/bomb\.docx holds more than 2 MB of text once converted .*refused/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.ms).toBeLessThan(15_000);
    // The same refusal as when it is read as a document.
    const plain = await runBuiltCli(['diff', at('bomb.docx'), 'A/RES/68/160']);
    expect(plain.status).toBe(2);
    expect(plain.stderr).toBe(r.stderr);
  });

  it('refuses a Word file of 100,000 tracked insertions by its count of XML elements', async () => {
    // One real paragraph (A/HRC/RES/19/33 PP1), one insertion per word, again and again: derived.
    const words = parseCorpus('A-HRC-RES-19-33.en.txt').preamble[0]!.text.split(' ');
    const runs: string[] = [];
    for (let k = 0; k < 100_000; k++) runs.push(`<w:ins w:id="${k}" w:author="A"><w:r><w:t xml:space="preserve">${words[k % words.length]!} </w:t></w:r></w:ins>`);
    const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>${runs.join('')}</w:p></w:body></w:document>`;
    writeFileSync(
      at('inserts.docx'),
      zipArchive([
        { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
        { name: '_rels/.rels', data: Buffer.from(RELS) },
        { name: 'word/document.xml', data: Buffer.from(xml) },
      ]),
    );
    const r = await runBuiltCli(['diff', at('inserts.docx'), '--tracked']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/inserts\.docx holds more than 120,000 XML elements .*refused/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses a text file named .docx as not a Word file', async () => {
    writeFileSync(at('text.docx'), 'not a Word file');
    const r = await runBuiltCli(['diff', at('text.docx'), '--tracked']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/text\.docx is not a readable Word \(\.docx\) file/);
  });

  it('is in the help of diff and report', async () => {
    for (const command of ['diff', 'report']) {
      const r = await runBuiltCli(['help', command]);
      expect(r.stdout).toContain(`resdiff ${command} FILE.docx --tracked`);
      expect(r.stdout).toMatch(/--tracked {2,}with one Word file \(\.docx\)/);
    }
  });
});
