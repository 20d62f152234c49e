// French ordinal words, shared by the language's rules (fr.ts: sessions, amendment wording) and
// its amendment grammar (frInstructions.ts), which imports them from here rather than from fr.ts.

const UNIT_ORD = ['', 'unième', 'deuxième', 'troisième', 'quatrième', 'cinquième', 'sixième', 'septième', 'huitième', 'neuvième'];
const TEEN_ORD = ['dixième', 'onzième', 'douzième', 'treizième', 'quatorzième', 'quinzième', 'seizième', 'dix-septième', 'dix-huitième', 'dix-neuvième'];
const TENS_CARD = ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante', 'soixante', 'quatre-vingt', 'quatre-vingt'];
const TENS_ORD = ['', '', 'vingtième', 'trentième', 'quarantième', 'cinquantième', 'soixantième', 'soixante-dixième', 'quatre-vingtième', 'quatre-vingt-dixième'];

/**
 * French ordinal words as the UN writes sessions and preambular paragraphs ("premier",
 * "quarante-neuvième", "soixante-dixième", "soixante et onzième"): the 1990 spelling rules'
 * hyphens are not used; "et" before "un"/"onze" in 21-71, as in "cinquante et unième session".
 */
export function frenchOrdinal(n: number, feminine = false): string {
  if (n === 1) return feminine ? 'première' : 'premier';
  if (n < 10) return UNIT_ORD[n]!;
  if (n < 20) return TEEN_ORD[n - 10]!;
  if (n < 100) {
    const tens = Math.floor(n / 10);
    const unit = n % 10;
    const seventyOrNinety = tens === 7 || tens === 9;
    if (unit === 0) return TENS_ORD[tens]!;
    if (seventyOrNinety) {
      const teen = TEEN_ORD[unit]!;
      return tens === 7 && unit === 1 ? 'soixante et onzième' : `${TENS_CARD[tens]}-${teen}`;
    }
    if (unit === 1 && tens < 8) return `${TENS_CARD[tens]} et unième`;
    return `${TENS_CARD[tens]}-${UNIT_ORD[unit]}`;
  }
  return `${n}e`;
}
