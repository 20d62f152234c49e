// Spanish ordinal words, shared by the language's rules (es.ts: amendment wording) and its
// amendment grammar (esInstructions.ts), which imports them from here rather than from es.ts.

const UNITS_M = ['', 'primer', 'segundo', 'tercer', 'cuarto', 'quinto', 'sexto', 'séptimo', 'octavo', 'noveno'];
const TEENS = ['décimo', 'undécimo', 'duodécimo', 'decimotercer', 'decimocuarto', 'decimoquinto', 'decimosexto', 'decimoséptimo', 'decimoctavo', 'decimonoveno'];
const TENS = ['', '', 'vigésimo', 'trigésimo', 'cuadragésimo', 'quincuagésimo', 'sexagésimo', 'septuagésimo', 'octogésimo', 'nonagésimo'];

/** "primer", "tercer", "septuagésimo", "quincuagésimo tercer": before a masculine noun (párrafo, período). */
export function spanishOrdinal(n: number): string {
  if (n < 10) return UNITS_M[n]!;
  if (n < 20) return TEENS[n - 10]!;
  if (n < 100) return n % 10 === 0 ? TENS[Math.floor(n / 10)]! : `${TENS[Math.floor(n / 10)]} ${UNITS_M[n % 10]}`;
  return `${n}º`;
}
