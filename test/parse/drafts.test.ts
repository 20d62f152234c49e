// Drafts as documents of their own (issue 11, part 1): the printed layout of a Third Committee
// draft (masthead, sponsors line and its starred note, title, "The General Assembly,"), and the
// same page copied on one line, with the footnote block and the page furniture in the middle of
// a paragraph and footnote marks as bare numbers. The fixtures (test/parse/fixtures/drafts/,
// built by build.ts) wrap real corpus paragraphs of 51/100 (en), 68/160 (zh) and 52/134 (fr) in
// that layout: DERIVED drafts, not real ones.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rulesFor } from '../../src/lang/index.js';
import { ParseError } from '../../src/model/errors.js';
import { DiffOutputSchema, ParseOutputSchema } from '../../src/model/contracts.js';
import { allParagraphs, type Resolution } from '../../src/model/resolution.js';
import { unfoldOneLinePages } from '../../src/parse/oneLinePages.js';
import { parseResolution } from '../../src/parse/parseResolution.js';
import { diffOutput, parseOutput } from '../../src/render/json.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderTerminal } from '../../src/render/terminal.js';
import { compareResolutions } from '../../src/align/compareResolutions.js';
import { cleanInput } from '../../src/text/normalize.js';
import { CORPUS_FILES, corpusText, parseCorpus } from '../helpers/corpus.js';
import { run } from '../helpers/io.js';
import { buildDraft, DRAFT_FIXTURES, FIXTURE_DIR } from './fixtures/drafts/build.js';

const fixture = (name: string) => readFileSync(join(FIXTURE_DIR, name), 'utf8');
const paragraphs = (r: Resolution) => allParagraphs(r).map((p) => ({ id: p.id, number: p.number, text: p.text, leadVerb: p.leadVerb, footnotes: p.footnotes }));

/** What must never be left in a paragraph: footnote blocks, their notes and page furniture. */
const LEFTOVERS = ['____', '11-56802', '*1156802*', 'A/C.3/66', 'On behalf of', 'A/CONF.157', 'E/CN.4/2001', '第 55/2 号决议。', 'Distr.', 'Original:'];

describe('draft fixtures', () => {
  it.each(DRAFT_FIXTURES.map((f) => [f.name, f] as const))('%s is what build.ts makes of the corpus text', (_name, spec) => {
    expect(fixture(spec.name)).toBe(buildDraft(spec));
  });

  it('include one-line texts: the whole draft, masthead to last paragraph, on one line', () => {
    const oneLine = DRAFT_FIXTURES.filter((f) => f.layout === 'one-line');
    expect(oneLine).toHaveLength(6);
    for (const f of oneLine) expect(fixture(f.name).trimEnd().split('\n')).toHaveLength(1);
  });
});

describe.each(DRAFT_FIXTURES.map((f) => [f.name, f] as const))('%s', (name, spec) => {
  const r = parseResolution(fixture(name));
  const source = parseCorpus(spec.file);
  const en = spec.file.endsWith('.en.txt');
  const fr = spec.file.endsWith('.fr.txt');

  it('has the corpus paragraphs, numbers, lead verbs and footnote marks, free of blocks and furniture', () => {
    expect(paragraphs(r)).toEqual(paragraphs(source));
    for (const p of allParagraphs(r)) for (const bit of LEFTOVERS) expect(p.text, `${p.id} holds "${bit}"`).not.toContain(bit);
    expect(r.warnings).toEqual([]);
  });

  it('records the footnotes with the paragraphs citing them', () => {
    expect(r.footnotes).toEqual(source.footnotes);
  });

  it('reads the symbol, the title and the kind', () => {
    expect(r.symbol).toBe(spec.revised ? 'A/C.3/66/L.32/Rev.1' : 'A/C.3/66/L.32');
    expect(r.kind).toBe('draft');
    expect(r.title).toBe(source.title);
    expect(r.body).toBe('General Assembly');
  });

  // Only the tests that apply to a fixture are declared for it: none is skipped.
  if (fr) it('reads the French masthead and sponsors line: « Cuba* : projet de résolution », « Point 69 b) de l’ordre du jour »', () => {
    expect(r.draft).toEqual({
      kind: spec.revised ? 'revised draft' : 'draft',
      revision: spec.revised ? 1 : null,
      corrigendum: null,
      sponsors: spec.revised ? ['Algérie', 'Cuba', 'Égypte'] : ['Cuba'],
      sponsorsNote: spec.revised ? null : 'On behalf of the States Members of the United Nations that are members of the Movement of Non-Aligned Countries.',
      distribution: 'limitée',
      date: '2011-10-28',
      original: 'anglais',
      session: 'Soixante-sixième session',
      committee: 'Troisième Commission',
      agendaItem: '69 b)',
      agendaTitle: null,
    });
  });

  if (!fr) it('reads the masthead and the sponsors line', () => {
    expect(r.draft).toEqual({
      kind: spec.revised ? 'revised draft' : 'draft',
      revision: spec.revised ? 1 : null,
      corrigendum: null,
      sponsors: en && spec.revised ? ['Algeria', 'Cuba', 'Egypt'] : en ? ['Cuba'] : ['古巴'],
      sponsorsNote: en && spec.revised ? null : 'On behalf of the States Members of the United Nations that are members of the Movement of Non-Aligned Countries.',
      distribution: 'Limited',
      date: '2011-10-28',
      original: 'English',
      session: en ? 'Sixty-sixth session' : '第六十六届会议',
      committee: en ? 'Third Committee' : '第三委员会',
      agendaItem: en ? '69 (b)' : '69(b)',
      agendaTitle: en
        ? 'Promotion and protection of human rights: human rights questions, including alternative approaches for improving the effective enjoyment of human rights and fundamental freedoms'
        : null,
    });
  });

  it('is complete: it ends with its last paragraph, and a draft has no adoption date to lack (the French one stops where 52/134 stops)', () => {
    expect(r.adopted).toBeNull();
    expect(r.meeting).toBeNull();
    expect(r.incomplete).toEqual(fr ? ['the last paragraph does not end with a full stop'] : []);
    expect(r.complete).toBe(!fr);
  });

  it('shows kind, revision and sponsors in the JSON contract', () => {
    const out = ParseOutputSchema.parse(parseOutput(r));
    expect(out.kind).toBe('draft');
    expect(out.draft?.kind).toBe(spec.revised ? 'revised draft' : 'draft');
    expect(out.draft?.revision).toBe(spec.revised ? 1 : null);
    expect(out.draft?.sponsors.length).toBeGreaterThan(0);
  });
});

describe('a draft that stops inside its last paragraph', () => {
  it('is partial for that reason only', () => {
    const text = fixture('from-51-100.en.L32.printed.txt');
    const cut = text.slice(0, text.indexOf('preferably by the fifty-third session'));
    const r = parseResolution(cut);
    expect(r.kind).toBe('draft');
    expect(r.incomplete).toEqual(['the last paragraph does not end with a full stop']);
  });
});

describe('a clean pasted draft (no masthead, no closing)', () => {
  it.each([
    ['A-RES-51-100.en.txt', 'The General Assembly,'],
    ['A-RES-68-160.zh.txt', '大会，'],
  ] as const)('%s: its paragraphs after the opening are a complete text', (file, opening) => {
    const source = parseCorpus(file);
    const pasted = [opening, ...allParagraphs(source).map((p) => (p.number === null ? p.text : `${p.number}. ${p.text}`))].join('\n');
    const r = parseResolution(pasted);
    expect(r.complete).toBe(true);
    expect(r.incomplete).toEqual([]);
    expect(r.draft ?? null).toBeNull();
  });

  it('an adopted symbol without its closing is still partial for lacking the adoption date', () => {
    const r = parseCorpus('A-RES-55-109.zh.txt');
    expect(r.incomplete).toContain('no adoption date or meeting');
  });
});

describe('other draft symbols', () => {
  const printed = fixture('from-51-100.en.L32.printed.txt');
  it('a Council draft A/HRC/32/L.11', () => {
    const r = parseResolution(printed.replaceAll('A/C.3/66/L.32', 'A/HRC/32/L.11').replace('Third Committee', 'Human Rights Council').replace('Sixty-sixth session', 'Thirty-second session'));
    expect(r.symbol).toBe('A/HRC/32/L.11');
    expect(r.kind).toBe('draft');
    expect(r.draft).toMatchObject({ committee: 'Human Rights Council', session: 'Thirty-second session', sponsors: ['Cuba'] });
    expect(paragraphs(r)).toEqual(paragraphs(parseCorpus('A-RES-51-100.en.txt')));
  });

  it('a Council draft copied on one line, with Geneva job numbers', () => {
    const text = fixture('from-51-100.en.L32.one-line.txt')
      .replaceAll('A/C.3/66/L.32', 'A/HRC/32/L.11')
      .replaceAll('11-56802 (E) 281011', 'GE.16-11111(E)')
      .replace('2 11-56802', '2 GE.16-11111')
      .replace('The General Assembly,', 'The Human Rights Council,');
    const r = parseResolution(text);
    expect([r.symbol, r.kind, r.body, r.complete]).toEqual(['A/HRC/32/L.11', 'draft', 'Human Rights Council', true]);
    expect(paragraphs(r)).toEqual(paragraphs(parseCorpus('A-RES-51-100.en.txt')));
  });

  it('a corrigendum /Corr.1 of a revision', () => {
    const r = parseResolution(printed.replaceAll('A/C.3/66/L.32', 'A/C.3/66/L.32/Rev.1/Corr.1'));
    expect(r.symbol).toBe('A/C.3/66/L.32/Rev.1/Corr.1');
    expect(r.draft).toMatchObject({ kind: 'revised draft', revision: 1, corrigendum: 1 });
    expect(allParagraphs(r).some((p) => p.text.includes('Corr'))).toBe(false);
  });
});

describe('sponsors', () => {
  it('keeps Member States whose names hold "and" / 和 whole', () => {
    expect(rulesFor('en').draft.splitSponsors('Algeria, Trinidad and Tobago, Cuba and United Kingdom of Great Britain and Northern Ireland')).toEqual([
      'Algeria',
      'Trinidad and Tobago',
      'Cuba',
      'United Kingdom of Great Britain and Northern Ireland',
    ]);
    expect(rulesFor('zh').draft.splitSponsors('阿尔及利亚、特立尼达和多巴哥、古巴和埃及')).toEqual(['阿尔及利亚', '特立尼达和多巴哥', '古巴', '埃及']);
  });

  it('reads back from the colon to the masthead`s last lower-case word', () => {
    expect(rulesFor('en').draft.sponsorsBefore('Agenda item 69 (b) human rights questions Bolivia (Plurinational State of), Cuba and Egypt')).toBe('Bolivia (Plurinational State of), Cuba and Egypt');
  });
});

describe('one-line pages', () => {
  it('only turn white space into line breaks (property over corpus texts, fixtures and noise)', () => {
    const texts = [...CORPUS_FILES.map(corpusText), ...DRAFT_FIXTURES.map((f) => fixture(f.name))];
    const noise = fc.constantFrom(' __________________ ', ' 1 ', ' 2 ', ' * ', ' 11-56802 (E) 281011 ', ' *1156802* ', ' A/C.3/66/L.32 ', '。 ', '. ', '\n');
    const arb = fc.tuple(fc.constantFrom(...texts), fc.array(fc.tuple(fc.nat(), noise), { maxLength: 6 })).map(([text, bits]) => {
      let t = text;
      for (const [at, bit] of bits) {
        const k = at % (t.length + 1);
        t = t.slice(0, k) + bit + t.slice(k);
      }
      return cleanInput(t);
    });
    fc.assert(
      fc.property(arb, fc.constantFrom('en', 'zh') , (text, lang) => {
        const out = unfoldOneLinePages(text, rulesFor(lang));
        expect(out.length).toBe(text.length);
        for (let k = 0; k < text.length; k++) if (out[k] !== text[k]) expect([/\s/.test(text[k]!), out[k]]).toEqual([true, '\n']);
      }),
      { numRuns: 150, seed: 11 },
    );
  });

  it('leave "Article 1" and "2012 年 3 月" alone: a bare number is a mark only where the notes declare it', () => {
    const text = fixture('from-51-100.en.L32.one-line.txt');
    const out = unfoldOneLinePages(cleanInput(text), rulesFor('en'));
    expect(out).toContain('in particular in Article 1, paragraph 3,');
    expect(out).toContain('on 25 June 1993,\n1\nto enhance');
    const zh = unfoldOneLinePages(cleanInput(fixture('from-68-160.zh.L32.one-line.txt')), rulesFor('zh'));
    expect(zh).toContain('人权理事会 2012 年 3 月 23 日第 19/33 号决议\n3\n和');
  });

  it('take a mark standing between a year and the next word ("on 25 June 1993 1 for")', () => {
    const text = fixture('from-51-100.en.L32.one-line.txt').replace('on 25 June 1993, 1 to', 'on 25 June 1993 1 to');
    const pp2 = parseResolution(text).preamble[1]!;
    expect(pp2.text).toContain('on 25 June 1993 to enhance');
    expect(pp2.footnotes).toEqual([1]);
  });

  it('read numbers of the text as such, in the language`s words', () => {
    const en = rulesFor('en').footnoteMarks.bare;
    for (const before of ['in particular in Article', 'operative paragraph', 'resolution', 'Supplement No.', 'between']) expect(en.notAfter.test(before), before).toBe(true);
    for (const after of [' June 1993', ' per cent', ' and 2', '/']) expect(en.notBefore.test(after), after).toBe(true);
    expect(en.notAfter.test('on 25 June 1993,') || en.notBefore.test(' to enhance')).toBe(false);
    const zh = rulesFor('zh').footnoteMarks.bare;
    for (const before of ['2012 年', '第']) expect(zh.notAfter.test(before), before).toBe(true);
    for (const after of [' 月 23 日', ' 号决议']) expect(zh.notBefore.test(after), after).toBe(true);
    expect(zh.notAfter.test('《维也纳宣言和行动纲领》') || zh.notBefore.test(' 中关于')).toBe(false);
  });

  it('leave a text without a footnote rule as it is', () => {
    for (const file of CORPUS_FILES.filter((f) => !corpusText(f).includes('_____'))) expect(unfoldOneLinePages(cleanInput(corpusText(file)), rulesFor('en'))).toBe(cleanInput(corpusText(file)));
  });
});

describe('headers and reports', () => {
  const adopted = parseCorpus('A-RES-51-100.en.txt');
  const draft = parseResolution(fixture('from-51-100.en.L32-Rev1.one-line.txt'));
  const c = compareResolutions(adopted, draft);

  it('the diff JSON shows the kind, revision and sponsors of a draft, and nothing new for an adopted text', () => {
    const out = DiffOutputSchema.parse(diffOutput(c));
    expect(out.old).toEqual({ symbol: 'A/RES/51/100', language: 'en' });
    expect(out.new).toMatchObject({ symbol: 'A/C.3/66/L.32/Rev.1', kind: 'draft', draft: { kind: 'revised draft', revision: 1, sponsors: ['Algeria', 'Cuba', 'Egypt'] } });
  });

  it('the terminal and Markdown headers say so', () => {
    expect(renderTerminal(c, { width: 200, color: false, visibility: 'changed' })).toContain('New draft: Revised draft (Rev.1), sponsored by Algeria, Cuba and Egypt; Third Committee, Sixty-sixth session, agenda item 69 (b)');
    const md = renderMarkdown(c, { visibility: 'changed' });
    expect(md).toContain('| Kind | resolution | Revised draft (Rev.1) |');
    expect(md).toContain('| Sponsors | - | Algeria, Cuba and Egypt |');
  });

  it('an adopted pair has no draft rows', () => {
    expect(renderMarkdown(compareResolutions(adopted, adopted), { visibility: 'changed' })).not.toContain('| Kind |');
  });
});

describe('resdiff parse on a one-line Third Committee draft', () => {
  it.each(['from-51-100.en.L32.one-line.txt', 'from-68-160.zh.L32.one-line.txt'])('%s: title, sponsors, kind; complete', async (name) => {
    const text = await run(['parse', join(FIXTURE_DIR, name)]);
    expect(text.status).toBe(0);
    const head = text.stdout.split('\n\n')[0]!.replace(/\n/g, ' ');
    expect(head).toMatch(/^A\/C\.3\/66\/L\.32 \((en|zh)\), draft, complete: /);
    expect(head).toMatch(/Draft, sponsored by (Cuba|古巴)\*; (Third Committee|第三委员会)/);
    const json = await run(['parse', join(FIXTURE_DIR, name), '--json']);
    const out = ParseOutputSchema.parse(JSON.parse(json.stdout));
    expect(out.complete).toBe(true);
    expect(out.kind).toBe('draft');
    expect(out.title).not.toBeNull();
    expect(out.footnotes.every((f) => f.citedBy.length > 0)).toBe(true);
  });
});

describe('layouts met in practice', () => {
  it('the job number and barcode copied inside the masthead are furniture, not facts', () => {
    const text = fixture('from-51-100.en.L32.one-line.txt').replace('Original: English ', 'Original: English 11-56802 (E) 281011 *1156802* ');
    const r = parseResolution(text);
    expect(r.draft).toMatchObject({ original: 'English', session: 'Sixty-sixth session', date: '2011-10-28', sponsors: ['Cuba'] });
    expect(paragraphs(r)).toEqual(paragraphs(parseCorpus('A-RES-51-100.en.txt')));
  });

  it('starred sponsors of a Council draft ("Algeria*, Cuba*") are named without their stars', () => {
    const text = fixture('from-51-100.en.L32-Rev1.printed.txt').replace('Algeria, Cuba and Egypt:', 'Algeria*, Bolivia (Plurinational State of), Cuba* and Egypt:');
    expect(parseResolution(text).draft?.sponsors).toEqual(['Algeria', 'Bolivia (Plurinational State of)', 'Cuba', 'Egypt']);
  });

  it('in the printed layout the sponsors line is its own line, even after an agenda title ending in capitals', () => {
    // The Third Committee's item on racism ends "… the Durban Declaration and Programme of Action".
    const durban = 'Elimination of racism, racial discrimination, xenophobia and related intolerance: comprehensive implementation of and follow-up to the Durban Declaration and Programme of Action';
    const text = fixture('from-51-100.en.L32-Rev1.wrapped.txt').replace(/^Promotion and protection of human rights: .*$/m, durban).replace('Algeria, Cuba and Egypt:', 'Algeria, Bolivia (Plurinational State of),\nCuba and Egypt:');
    const r = parseResolution(text);
    expect(r.draft?.sponsors).toEqual(['Algeria', 'Bolivia (Plurinational State of)', 'Cuba', 'Egypt']);
    expect(r.draft?.agendaTitle).toBe(durban);
  });

  it('a printed draft whose mark stands on a line of its own (the PDF layout) reads as the inline one', () => {
    const text = fixture('from-68-160.zh.L32.printed.txt').replace('《维也纳宣言和行动纲领》 1 中关于', '《维也纳宣言和行动纲领》\n1\n中关于');
    expect(paragraphs(parseResolution(text))).toEqual(paragraphs(parseCorpus('A-RES-68-160.zh.txt')));
  });
});

describe('pieces of drafts (property)', () => {
  it('parse into the contract or fail with a ParseError: cut, joined and shuffled one-line and printed drafts', () => {
    const texts = DRAFT_FIXTURES.map((f) => fixture(f.name));
    const arb = fc.array(fc.tuple(fc.constantFrom(...texts), fc.nat(), fc.nat({ max: 3000 })), { minLength: 1, maxLength: 4 }).map((parts) => parts.map(([t, at, len]) => t.slice(at % t.length, (at % t.length) + len)).join(' '));
    fc.assert(
      fc.property(arb, (text) => {
        try {
          const r = parseResolution(text);
          expect(ParseOutputSchema.safeParse(parseOutput(r)).success).toBe(true);
          for (const p of allParagraphs(r)) expect(p.text).not.toMatch(/_{5,}|\*1156802\*/);
        } catch (e) {
          expect(e).toBeInstanceOf(ParseError);
        }
      }),
      { numRuns: 200, seed: 12 },
    );
  });
});

describe('a footnote block without page furniture after it', () => {
  it('ends where the next paragraph opens ("… chap. III. Encouraging …")', () => {
    // The printed fixture's page break moved to the end of PP2, and its furniture dropped.
    const text = fixture('from-51-100.en.L32.one-line.txt').replace(' 11-56802 (E) 281011 *1156802* A/C.3/66/L.32 among Member States in the field of human rights,', '').replace('1 to enhance genuine cooperation __________________', '1 to enhance genuine cooperation among Member States in the field of human rights, __________________').replace(/ 2 11-56802$/m, '');
    expect(text).toContain('Countries. 1 A/CONF.157/24 (Part I), chap. III. Encouraging the Working Group');
    const r = parseResolution(text);
    expect(r.footnotes.map((f) => f.text)).toEqual(['A/CONF.157/24 (Part I), chap. III.']);
    expect(paragraphs(r).map((p) => p.text)).toEqual(paragraphs(parseCorpus('A-RES-51-100.en.txt')).map((p) => p.text));
    expect(r.draft?.sponsorsNote).toBe('On behalf of the States Members of the United Nations that are members of the Movement of Non-Aligned Countries.');
  });
});

describe('Spanish, Russian and Arabic draft mastheads (derived: the masthead words of real UN documents cited in each module, over the derived fixtures test/lang/fixtures/derived.*.txt)', () => {
  const body = (language: string) => readFileSync(join(FIXTURE_DIR, '..', '..', '..', 'lang', 'fixtures', `derived.${language}.txt`), 'utf8').split('\n').slice(1).join('\n');
  const cases = [
    {
      language: 'es',
      masthead: ['Naciones Unidas', 'A/C.3/66/L.32', 'Asamblea General', 'Distr. limitada', '28 de octubre de 2011', 'Español', 'Original: inglés', 'Sexagésimo sexto período de sesiones', 'Tercera Comisión', 'Tema 69 b) del programa'],
      facts: { distribution: 'limitada', date: '2011-10-28', original: 'inglés', session: 'Sexagésimo sexto período de sesiones', committee: 'Tercera Comisión', agendaItem: '69 b)' },
    },
    {
      language: 'ru',
      masthead: ['Организация Объединенных Наций', 'A/C.3/66/L.32', 'Генеральная Ассамблея', 'Distr.: Limited', '28 October 2011', 'Russian', 'Original: English', 'Шестьдесят шестая сессия', 'Пункт 69 (b) повестки дня'],
      facts: { distribution: 'Limited', date: '2011-10-28', original: 'English', session: 'Шестьдесят шестая сессия', committee: null, agendaItem: '69 (b)' },
    },
    {
      language: 'ar',
      masthead: ['الأمم المتحدة', 'A/C.3/66/L.32', 'الجمعية العامة', 'Distr.: Limited', '28 October 2011', 'Arabic', 'Original: English', 'الدورة السادسة والستون', 'اللجنة الثالثة', 'البند 69 (ب) من جدول الأعمال'],
      facts: { distribution: 'Limited', date: '2011-10-28', original: 'English', session: 'الدورة السادسة والستون', committee: 'اللجنة الثالثة', agendaItem: '69 (ب)' },
    },
  ];
  it.each(cases.map((c) => [c.language, c] as const))('%s: session, committee, agenda item, distribution and original read; no sponsors line is read', (language, c) => {
    const r = parseResolution(`${c.masthead.join('\n')}\n${body(language)}`);
    expect(r.language).toBe(language);
    expect([r.symbol, r.kind]).toEqual(['A/C.3/66/L.32', 'draft']);
    expect(r.draft).toMatchObject({ ...c.facts, sponsors: [] });
    expect(allParagraphs(r)).toHaveLength(6);
  });
});
