// `resdiff amend`: the amended text, the comparison draft -> amended, a line per instruction, and
// exit statuses 0 (all applied), 1 (some failed), 2 (trouble). Drafts are corpus texts; quoted
// words come from their paragraphs (A/RES/51/100 in English, A/RES/68/160 in Chinese).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseResolution } from '../../src/parse/parseResolution.js';
import { parseCorpus } from '../helpers/corpus.js';
import { run } from '../helpers/io.js';

const tmp = mkdtempSync(join(tmpdir(), 'resdiff-amend-'));
const en = parseCorpus('A-RES-51-100.en.txt');

/** An amendment document to A/RES/51/100 with a masthead, a sponsors line and a closing line. */
const DOC = [
  'A/C.3/51/L.99',
  'Distr.: Limited',
  'Cuba: amendments to draft resolution A/C.3/51/L.40',
  '1. In operative paragraph 1, replace “genuine and constructive dialogue” with “constructive dialogue”',
  '2. Delete the third preambular paragraph',
  'Renumber the operative paragraphs accordingly.',
].join('\n');
const docFile = join(tmp, 'amendments.txt');
writeFileSync(docFile, DOC);
const failing = join(tmp, 'failing.txt');
writeFileSync(failing, `${DOC}\n3. In operative paragraph 2, delete “not in the text”\n4. In operative paragraph 7, delete “Invites”`);

describe('resdiff amend --list', () => {
  it('prints the instructions as read, as JSON', async () => {
    const r = await run(['amend', '--list', docFile, '--json']);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.instructions).toEqual([
      { n: 1, target: 'OP 1', edits: [{ op: 'replace', words: 'genuine and constructive dialogue', with: 'constructive dialogue' }], text: 'In operative paragraph 1, replace “genuine and constructive dialogue” with “constructive dialogue”' },
      { n: 2, target: 'PP3', edits: [{ op: 'delete-paragraph' }], text: 'Delete the third preambular paragraph' },
    ]);
  });

  it('reads a Chinese document from standard input, and exits 1 when an instruction is not understood', async () => {
    const ok = await run(['amend', '--list', '-', '--json'], { stdin: '执行部分第5段：将“重申”改为“确认”\n删除执行部分第3段\n' });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).instructions.map((i: { target: string }) => i.target)).toEqual(['OP 5', 'OP 3']);
    const cut = await run(['amend', '--list', '-'], { stdin: '1. Delete operative paragraph 4\n2. Paragraph 6 should read: “Invites' });
    expect(cut.status).toBe(1);
    expect(cut.stdout).toContain('2. not understood (cut off');
  });
});

describe('resdiff amend DRAFT AMENDMENTS', () => {
  it('applies every instruction: exit 0, a line per instruction, the comparison, the amended text in -o', async () => {
    const out = join(tmp, 'amended.txt');
    const r = await run(['amend', 'A/RES/51/100', docFile, '-o', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('1. applied: In operative paragraph 1');
    expect(r.stdout).toContain('2. applied: Delete the third preambular paragraph');
    expect(r.stdout).toContain('[-genuine and-]');
    const text = String(r.files.get(out));
    const back = parseResolution(text);
    expect(back.preamble.map((p) => p.text)).toEqual(en.preamble.slice(0, 2).map((p) => p.text));
    expect(back.operative[0]!.text).toBe(en.operative[0]!.text.replace('genuine and constructive', 'constructive'));
  });

  it('exits 1 when some instructions fail, saying which and why, and applies the others', async () => {
    const r = await run(['amend', 'A/RES/51/100', failing, '--format', 'json']);
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.instructions.map((i: { result: { status: string; reason?: string } }) => i.result.reason ?? i.result.status)).toEqual(['applied', 'applied', 'words not found', 'paragraph not found']);
    expect(json.amended.preamble).toHaveLength(2);
    expect(json.comparison.summary.removed).toBe(1);
    const text = await run(['amend', 'A/RES/51/100', failing, '--format', 'markdown']);
    expect(text.stdout).toContain('- 3. failed, words not found (“not in the text” is not in the paragraph)');
    expect(text.stdout).toContain('## Amended text');
  });

  it('writes the comparison as an HTML page, the instruction lines on standard error', async () => {
    const r = await run(['amend', 'A/RES/51/100', docFile, '--format', 'html']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^<!doctype html>/i);
    expect(r.stdout).toContain('genuine and');
    expect(r.stderr).toContain('resdiff: 1. applied: In operative paragraph 1');
    expect(r.stderr).toContain('give -o OUT for the amended text');
  });

  it('amends a Chinese draft', async () => {
    const r = await run(['amend', 'A/RES/68/160', '-', '--format', 'json'], { stdin: '执行部分第5段：将“重申增进”改为“确认增进”\n删除执行部分第3段\n执行部分各段相应重新编号。' });
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.amended.operative).toHaveLength(13);
    expect(json.amended.operative[3]).toMatch(/^确认增进/);
    expect(json.amended.text).toContain('\n\n4. 确认增进');
  });

  it('refuses wrong command lines with exit 2 and one line', async () => {
    for (const argv of [['amend', 'A/RES/51/100'], ['amend', 'A/RES/51/100', docFile, '--format', 'docx'], ['amend', '--list', docFile, '-o', 'x.txt'], ['amend', 'A/RES/51/100', join(tmp, 'missing.txt')], ['amend', '-', '-']]) {
      const r = await run(argv);
      expect(r.status, argv.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^resdiff: [^\n]+\n$/);
    }
    expect((await run(['help', 'amend'])).stdout).toContain('Usage: resdiff amend DRAFT AMENDMENTS');
    // A resolution given as the amendments: no line opens an instruction.
    const wrong = await run(['amend', 'A/RES/51/100', join(import.meta.dirname, '..', '..', 'corpus', 'A-HRC-RES-19-33.en.txt')]);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/holds no amendment instruction/);
  });

  it('runs as the built bin', () => {
    const bin = join(import.meta.dirname, '..', '..', 'bin', 'resdiff.js');
    const r = spawnSync(process.execPath, [bin, 'amend', 'A/RES/51/100', failing, '--no-color'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('2 of 4 instructions applied, 2 failed');
  });
});
