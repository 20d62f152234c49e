// The language modules (src/lang/): one LanguageRules per language, chosen once by rulesFor.
import { describe, expect, it } from 'vitest';
import { EVERY_LANGUAGE, READ_OPENINGS, rulesFor } from '../../src/lang/index.js';
import type { LanguageRules } from '../../src/lang/types.js';
import type { Amendment } from '../../src/model/amendment.js';
import { LANGUAGES, type Language } from '../../src/model/resolution.js';
import { parseResolution } from '../../src/parse/parseResolution.js';
import { explainParseError } from '../../src/source/explain.js';
import { ParseError } from '../../src/model/errors.js';

const op5 = { id: 'op5', number: 5, section: 'operative' } as const;
const pp4 = { id: 'pp4', number: null, section: 'preamble' } as const;

describe('rulesFor', () => {
  it('gives every language its own rules, each naming its language', () => {
    for (const language of LANGUAGES) expect(rulesFor(language).language).toBe(language);
    expect(new Set(LANGUAGES.map(rulesFor)).size).toBe(LANGUAGES.length);
    expect(EVERY_LANGUAGE.map((r) => r.language).sort()).toEqual([...LANGUAGES].sort());
  });

  it('marks the languages without a module as not supported', () => {
    const supported = LANGUAGES.filter((l) => rulesFor(l).supported);
    expect(supported.sort()).toEqual(['en', 'fr', 'zh']);
  });
});

describe('English and Chinese rules', () => {
  const en = rulesFor('en');
  const zh = rulesFor('zh');

  it('detect lead verbs with their forms', () => {
    expect(en.detectLeadVerb('Bearing in mind that …')).toEqual({ text: 'Bearing in mind', form: 'preambular' });
    expect(en.detectLeadVerb('Also requests the Secretary-General')).toEqual({ text: 'Also requests', form: 'operative' });
    expect(zh.detectLeadVerb('又回顾2001年…')).toEqual({ text: '又回顾', form: 'either' });
    expect(zh.detectLeadVerb('敦促各国')).toEqual({ text: '敦促', form: 'operative' });
  });

  it('read closings and dates', () => {
    expect(en.closing('70th plenary meeting')).toEqual({ meeting: '70' });
    expect(en.closing('18 December 2013')).toEqual({ date: '2013-12-18' });
    expect(zh.closing('第 70 次全体会议')).toEqual({ meeting: '70' });
    expect(zh.closing('2013 年 12 月 18 日')).toEqual({ date: '2013-12-18' });
    expect(en.closing('2013 年 12 月 18 日')).toBeNull();
  });

  it('write the opening line and amendments in their own words', () => {
    expect(en.bodies.find((b) => b.body === 'General Assembly')?.line).toBe('The General Assembly,');
    expect(zh.bodies.find((b) => b.body === 'General Assembly')?.line).toBe('大会，');
    const edit: Amendment = { kind: 'edit', target: op5, edits: [{ op: 'replace', find: '邀请', with: '鼓励' }] };
    expect(zh.amendmentLine(edit)).toBe('执行部分第5段：将“邀请”改为“鼓励”');
    expect(en.amendmentLine({ kind: 'delete', target: pp4 })).toBe('Delete the fourth preambular paragraph');
    expect(zh.amendmentLine({ kind: 'delete', target: pp4 })).toBe('删除序言部分第四段');
  });

  it('drop what does not change a verb strength before the ladder is read', () => {
    expect(en.ladderForm('Further invites')).toBe('invites');
    expect(zh.ladderForm('再次敦促')).toBe('敦促');
    for (const rules of [en, zh]) for (const ladder of rules.ladders) expect(ladder.language).toBe(rules.language);
  });
});

describe('pending rules (es, ru, ar): what resdiff did before the seam, said in one place', () => {
  const pending: Language[] = ['es', 'ru', 'ar'];

  it('take the first capitalised word as the lead verb, and English wording for the rest', () => {
    for (const language of pending) {
      const rules: LanguageRules = rulesFor(language);
      expect(rules.supported).toBe(false);
      expect(rules.amendmentLine).toBe(rulesFor('en').amendmentLine);
    }
    expect(rulesFor('es').detectLeadVerb('Reconociendo también la importancia')).toEqual({ text: 'Reconociendo', form: 'either' });
  });

  it('keep the opening lines the header reader and the Word report knew', () => {
    expect(rulesFor('es').bodies.map((b) => b.line)).toEqual(['La Asamblea General,', 'El Consejo de Derechos Humanos,']);
    expect(READ_OPENINGS.map((o) => o.body).filter((b) => b === 'General Assembly')).toHaveLength(6);
  });

  it('parse a Spanish text generically, and a refused one says the language is not supported', () => {
    const text = 'La Asamblea General,\n\nReafirmando su resolución 51/100 y las resoluciones de los Estados,\n\n1. Decide seguir examinando la cuestión.\n';
    expect(parseResolution(text).language).toBe('es');
    const refused = 'Esta es una frase de prueba para los instrumentos y la documentación de las Naciones Unidas.\n';
    const explained = explainParseError(new ParseError('NOT_A_RESOLUTION', 'Not one.'), refused) as ParseError;
    expect(explained.message).toBe('Not one. The text looks Spanish: resdiff reads the structure of Chinese, English and French resolutions only.');
  });
});
