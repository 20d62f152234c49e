// French (src/lang/fr.ts) on the real French texts of the corpus: A/RES/52/134 (partial, stops
// inside OP 2), and the pair A/RES/52/131 -> A/RES/56/153 (both partial); derived variants of
// 52/134 (its own words, a verb swapped, a session ordinal moved on) for strength, technical
// changes and the amendment list in UN French.
import { describe, expect, it } from 'vitest';
import { compareResolutions } from '../../src/align/compareResolutions.js';
import { insightOf } from '../../src/insight/report.js';
import { frenchOrdinal } from '../../src/lang/frWords.js';
import { rulesFor } from '../../src/lang/index.js';
import { parseResolution } from '../../src/parse/parseResolution.js';
import { amendmentLines } from '../../src/wording/amendmentText.js';
import { leadVerbLine } from '../../src/wording/labels.js';
import { corpusText, parseCorpus } from '../helpers/corpus.js';

const fr = rulesFor('fr');
const NBSP = '\u00a0';

describe('French rules', () => {
  it('are supported and read openers with their forms', () => {
    expect(fr.supported).toBe(true);
    expect(fr.detectLeadVerb('Rappelant également sa résolution 51/100')).toEqual({ text: 'Rappelant également', form: 'preambular' });
    expect(fr.detectLeadVerb('Rappelant en outre que')).toEqual({ text: 'Rappelant en outre', form: 'preambular' });
    expect(fr.detectLeadVerb('Prie le Secrétaire général de lui présenter')).toEqual({ text: 'Prie', form: 'operative' });
    expect(fr.detectLeadVerb("Décide de poursuivre l'examen de la question à sa soixante-dixième session")).toEqual({ text: 'Décide', form: 'operative' });
    expect(fr.detectLeadVerb('Profondément convaincue que')).toEqual({ text: 'Profondément convaincue', form: 'preambular' });
    expect(fr.detectLeadVerb('Se félicite de')).toEqual({ text: 'Se félicite', form: 'operative' });
    expect(fr.detectLeadVerb('Prenant note avec satisfaction de')).toEqual({ text: 'Prenant note avec satisfaction', form: 'preambular' });
    expect(fr.detectLeadVerb('Nations Unies')).toBeNull();
    expect(fr.ladderForm('Demande en outre')).toBe('demande');
  });

  it('read closings, dates and session ordinals', () => {
    expect(fr.closing('70e séance plénière')).toEqual({ meeting: '70' });
    expect(fr.closing('12 décembre 1997')).toEqual({ date: '1997-12-12' });
    expect(fr.closing('1er mars 2001')).toEqual({ date: '2001-03-01' });
    expect(frenchOrdinal(49)).toBe('quarante-neuvième');
    expect(frenchOrdinal(70)).toBe('soixante-dixième');
    expect(frenchOrdinal(71)).toBe('soixante et onzième');
    expect(frenchOrdinal(51)).toBe('cinquante et unième');
    expect(frenchOrdinal(83)).toBe('quatre-vingt-troisième');
    const ordinal = new RegExp(fr.technical.ordinals[0]!, 'u');
    expect(ordinal.exec('à sa soixante-dixième session')?.[0]).toBe('soixante-dixième');
    expect(ordinal.exec('à sa soixante et onzième session')?.[0]).toBe('soixante et onzième');
  });

  it('word amendments in UN French: « » with no-break spaces, “ ” inside', () => {
    const op5 = { id: 'op5', number: 5, section: 'operative' } as const;
    const pp3 = { id: 'pp3', number: null, section: 'preamble' } as const;
    expect(fr.amendmentLine({ kind: 'edit', target: op5, edits: [{ op: 'replace', find: 'X', with: 'Y' }] })).toBe(`Au paragraphe 5 du dispositif, remplacer «${NBSP}X${NBSP}» par «${NBSP}Y${NBSP}»`);
    expect(fr.amendmentLine({ kind: 'delete', target: pp3 })).toBe('Supprimer le troisième alinéa du préambule');
    expect(fr.amendmentLine({ kind: 'replaceParagraph', target: op5, text: 'intitulée « Promotion »' })).toBe(`Remplacer le paragraphe 5 du dispositif par le texte suivant${NBSP}: «${NBSP}intitulée “Promotion”${NBSP}»`);
    expect(fr.renumberLine).toBe('Renuméroter les paragraphes du dispositif en conséquence.');
    expect(fr.bodies[0]!.line).toBe('L’Assemblée générale,');
  });
});

describe('A/RES/52/134 (French, partial)', () => {
  const r = parseCorpus('A-RES-52-134.fr.txt');

  it('parses its four preambular paragraphs and operative paragraphs 1 and 2, and says it is partial', () => {
    expect(r.language).toBe('fr');
    expect(r.body).toBe('General Assembly');
    expect(r.preamble.map((p) => p.leadVerb)).toEqual(['Réaffirmant', 'Sachant', 'Réaffirmant', 'Prenant note']);
    expect(r.operative.map((p) => [p.number, p.leadVerb])).toEqual([
      [1, 'Accueille avec satisfaction'],
      [2, 'Engage'],
    ]);
    expect(r.operative[1]!.text.endsWith("tous les droits de l'homme et toute")).toBe(true);
    expect(r.complete).toBe(false);
    // The un.org table header: "Date: 12 décembre 1997", "Séance plénière: 70ème".
    expect([r.adopted, r.meeting]).toEqual(['1997-12-12', '70']);
  });

  it('a derived variant: verbs named with their strength, a session ordinal technical, the amendments in French', () => {
    const raw = corpusText('A-RES-52-134.fr.txt');
    const variant = raw
      .replace('2. Engage les', '2. Exhorte les')
      .replace('Sachant que', 'Rappelant également que')
      .replace('à sa quarante-neuvième session', 'à sa cinquantième session');
    expect(variant).not.toBe(raw);
    const c = compareResolutions(r, parseResolution(variant));
    const byId = new Map(c.changes.map((ch) => [ch.new?.id, ch]));
    expect(c.changes.filter((ch) => ch.kind !== 'unchanged').map((ch) => ch.new?.id)).toEqual(['pp2', 'pp4', 'op2']);
    expect(leadVerbLine(byId.get('op2')!, '->', 'fr')).toBe('lead verb: Engage -> Exhorte (stronger)');
    expect(leadVerbLine(byId.get('pp2')!, '->', 'fr')).toBe('lead verb: Sachant -> Rappelant également (sideways)');
    expect(byId.get('pp4')!.technical).toBe(true);
    expect(byId.get('op2')!.technical).toBe(false);
    const lines = amendmentLines(insightOf(c).amendments);
    expect(lines).toContain(`Au paragraphe 2 du dispositif, remplacer «${NBSP}Engage${NBSP}» par «${NBSP}Exhorte${NBSP}»`);
    expect(lines).toContain(`Au deuxième alinéa du préambule, remplacer «${NBSP}Sachant${NBSP}» par «${NBSP}Rappelant également${NBSP}»`);
    for (const line of lines) expect(line).not.toMatch(/\b(?:In|replace|with|paragraph)\b/);
  });
});

describe('A/RES/52/131 -> A/RES/56/153 (a real French pair, both partial)', () => {
  const c = compareResolutions(parseCorpus('A-RES-52-131.fr.txt'), parseCorpus('A-RES-56-153.fr.txt'));

  it('aligns the paragraphs the two texts share, around the one 56/153 added', () => {
    const pairs = c.changes.filter((ch) => ch.old && ch.new).map((ch) => [ch.old!.id, ch.new!.id]);
    expect(pairs).toEqual([
      ['pp1', 'pp1'],
      ['pp2', 'pp2'],
      ['pp3', 'pp4'],
    ]);
    expect(c.changes.find((ch) => ch.kind === 'added')?.new?.id).toBe('pp3');
    // The openers are read whole on both sides ("Profondément convaincue"), so none is a change.
    expect(c.changes.filter((ch) => ch.leadVerb)).toEqual([]);
  });

  it('names a lead-verb change in a derived variant of 56/153', () => {
    const raw = corpusText('A-RES-56-153.fr.txt');
    const variant = raw.replace('Désireuse de faire progresser', 'Réaffirmant sa volonté de faire progresser');
    const c2 = compareResolutions(parseCorpus('A-RES-52-131.fr.txt'), parseResolution(variant));
    const pp2 = c2.changes.find((ch) => ch.new?.id === 'pp2')!;
    expect(pp2.old?.id).toBe('pp2');
    expect(leadVerbLine(pp2, '->', 'fr')).toBe('lead verb: Désireuse -> Réaffirmant (sideways)');
  });
});
