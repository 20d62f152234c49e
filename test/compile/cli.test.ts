// `resdiff compile`: a revised text, an amendment list resdiff wrote and a tracked Word file
// resdiff wrote, all derived from A/RES/68/160, compiled against it; and the usage errors.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../helpers/io.js';
import { deriveProposal } from './derived.js';

const BASE = 'A/RES/68/160';

describe('resdiff compile', () => {
  let dir = '';
  const path = (name: string) => join(dir, name);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'resdiff-compile-cli-'));
    // Derived texts of A/RES/68/160 (see derived.ts), each handed over in another form.
    const eu = deriveProposal('A-RES-68-160.zh.txt', [
      { op: 'cut', id: 'op4', words: '包容、正义、' },
      { op: 'cut', id: 'op9', words: '，并鼓励非政府组织积极为此作出贡献' },
    ]).raw;
    const g77 = deriveProposal('A-RES-68-160.zh.txt', [
      { op: 'cut', id: 'op4', words: '正义、平等和公平、' },
      { op: 'delete', id: 'op12' },
    ]).raw;
    const caricom = deriveProposal('A-RES-68-160.zh.txt', [
      { op: 'cut', id: 'op9', words: '，并鼓励非政府组织积极为此作出贡献' },
      { op: 'insertAfter', id: 'pp8' },
    ]).raw;
    writeFileSync(path('eu.txt'), eu);
    writeFileSync(path('g77-text.txt'), g77);
    writeFileSync(path('caricom-text.txt'), caricom);
    // The G77's as the amendment list resdiff writes; CARICOM's as a Word file with tracked changes.
    const list = await run(['diff', BASE, path('g77-text.txt'), '--format', 'amendments']);
    expect(list.status).toBe(1);
    writeFileSync(path('g77-amendments.txt'), list.stdout);
    const word = await run(['report', BASE, path('caricom-text.txt'), '--format', 'docx', '-o', path('caricom.docx'), '--author', 'CARICOM']);
    expect(word.status).toBe(1);
    writeFileSync(path('caricom.docx'), word.files.get(path('caricom.docx'))!);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads each kind of proposal and compiles them: the collision marked, the identical pair once', async () => {
    const r = await run(['compile', BASE, '--proposal', `EU=${path('eu.txt')}`, '--proposal', `G77=${path('g77-amendments.txt')}`, '-p', `CARICOM=${path('caricom.docx')}`]);
    expect(r.stderr).toContain('[G77] An amendment document: 2 of 2 instructions applied.');
    expect(r.stderr).toContain('[CARICOM] A Word file with');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('# Compilation text: A/RES/68/160');
    expect(r.stdout).toContain('**Collision: \\[EU\\] and \\[G77\\] change the same words.**');
    expect(r.stdout.match(/\\\[EU\\\] \\\[CARICOM\\\] changes the words: /g)).toHaveLength(1);
    expect(r.stdout).toContain('\\[G77\\] deletes the paragraph');
    expect(r.stdout).toContain('\\[CARICOM\\] new preambular paragraph');
    expect(r.stdout).toContain('3 paragraphs of the base touched, 1 new paragraph, 1 collision.');
  });

  it('picks the format from -o and writes Word, HTML and JSON', async () => {
    const args = ['compile', BASE, '-p', `EU=${path('eu.txt')}`, '-p', `G77=${path('g77-text.txt')}`];
    const docx = await run([...args, '-o', path('c.docx')]);
    expect(docx.status).toBe(0);
    expect(Buffer.from(docx.files.get(path('c.docx')) as Uint8Array).subarray(0, 2).toString()).toBe('PK');
    expect(docx.stderr).toMatch(/wrote .*c\.docx \(\d+ KB, Word \(tracked changes by delegation\): 2 proposals, 3 paragraphs touched, 1 collision\)/);
    const html = await run([...args, '-o', path('c.html')]);
    expect(String(html.files.get(path('c.html')))).toContain('<!doctype html>');
    const json = await run([...args, '--format', 'json']);
    expect(JSON.parse(json.stdout).counts.collisions).toBe(1);
  });

  it.each([
    [['compile', BASE], /compile needs at least one --proposal LABEL=FILE/],
    [['compile', '-p', 'EU=eu.txt'], /compile takes one document, the base text/],
    [['compile', BASE, '-p', 'eu.txt'], /has no label: give the delegation and the file as LABEL=FILE/],
    [['compile', BASE, '-p', '=eu.txt'], /has an empty label/],
    [['compile', BASE, '-p', 'EU='], /names no file after the "="/],
    [['compile', BASE, '-p', 'EU=a.txt', '-p', 'EU=b.txt'], /the label "EU" is given to two proposals/],
    [['compile', BASE, '-p', 'EU=no-such-file.txt'], /cannot read no-such-file\.txt: no such file/],
    [['compile', BASE, '-p', 'EU=a.txt', '--format', 'docx'], /needs -o FILE\.docx/],
    [['compile', BASE, '-p', 'EU=a.txt', '--format', 'pdf'], /unknown format "pdf" \(use html, markdown, docx, json\)/],
  ])('refuses %j with one clear line and exit 2', async (argv, message) => {
    const r = await run(argv as string[]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses a tracked Word file made against another text', async () => {
    const other = await run(['report', 'A/RES/55/109', path('caricom-text.txt'), '--format', 'docx', '-o', path('other.docx')]);
    writeFileSync(path('other.docx'), other.files.get(path('other.docx'))!);
    const r = await run(['compile', 'A/RES/51/100', '-p', `EU=${path('other.docx')}`]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/EU=.*other\.docx: its text before the tracked changes shares only \d+ of the base's \d+ paragraphs/);
  });

  it('says which proposal it reads on a terminal when there are many, and not in a pipe', async () => {
    const args = ['compile', BASE, ...['A', 'B', 'C', 'D'].flatMap((l) => ['-p', `${l}=${path('eu.txt')}`]), '--format', 'json'];
    const tty = await run(args, { isTTY: true });
    expect(tty.status).toBe(0);
    expect(tty.stderr).toContain('reading proposal 4 of 4 (D)');
    const pipe = await run(args);
    expect(pipe.stderr).not.toContain('reading proposal');
    // Four identical proposals: each change shown once, with every tag.
    expect(JSON.parse(pipe.stdout).paragraphs.find((p: { id: string }) => p.id === 'op4').proposals).toMatchObject([{ labels: ['A', 'B', 'C', 'D'] }]);
  });

  it('has help', async () => {
    const r = await run(['help', 'compile']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: resdiff compile BASE --proposal LABEL=FILE');
  });
});
