// The language modules (src/lang/): one LanguageRules per language, chosen once by rulesFor.
import { describe, expect, it } from 'vitest';
import { EVERY_LANGUAGE, READ_OPENINGS, rulesFor } from '../../src/lang/index.js';
import type { LanguageRules } from '../../src/lang/types.js';
import type { Amendment } from '../../src/model/amendment.js';
import { LANGUAGES } from '../../src/model/resolution.js';
import { parseResolution } from '../../src/parse/parseResolution.js';

const op5 = { id: 'op5', number: 5, section: 'operative' } as const;
const pp4 = { id: 'pp4', number: null, section: 'preamble' } as const;

describe('rulesFor', () => {
  it('gives every language its own rules, each naming its language', () => {
    for (const language of LANGUAGES) expect(rulesFor(language).language).toBe(language);
    expect(new Set(LANGUAGES.map(rulesFor)).size).toBe(LANGUAGES.length);
    expect(EVERY_LANGUAGE.map((r) => r.language).sort()).toEqual([...LANGUAGES].sort());
  });

  it('gives each of the six UN languages a module of its own (supported)', () => {
    const supported = LANGUAGES.filter((l) => rulesFor(l).supported);
    expect(supported.sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
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

describe('the opening lines every language is read for', () => {
  it('keeps one General Assembly opening per language, and the Word line of each', () => {
    expect(READ_OPENINGS.map((o) => o.body).filter((b) => b === 'General Assembly')).toHaveLength(6);
    expect(LANGUAGES.map((l) => rulesFor(l).bodies.find((b) => b.body === 'General Assembly')?.line)).toEqual(
      LANGUAGES.map((l) => ({ zh: '大会，', en: 'The General Assembly,', fr: 'L’Assemblée générale,', es: 'La Asamblea General,', ru: 'Генеральная Ассамблея,', ar: 'إن الجمعية العامة،' })[l]),
    );
  });

  it('reads a French text with the French openers, not the generic first word', () => {
    const text = "L'Assemblée générale,\n\nRéaffirmant sa résolution 51/100,\n\n1. Décide de poursuivre l'examen de la question.\n";
    expect(parseResolution(text).language).toBe('fr');
    expect(parseResolution(text).preamble[0]!.leadVerb).toBe('Réaffirmant');
  });
});
