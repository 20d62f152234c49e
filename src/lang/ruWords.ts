// Russian ordinal words in their cases, shared by the language's rules (ru.ts: amendment wording)
// and its amendment grammar (ruInstructions.ts), which imports them from here rather than from ru.ts.

const STEMS_1_20 = ['перв', 'втор', 'трет', 'четверт', 'пят', 'шест', 'седьм', 'восьм', 'девят', 'десят', 'одиннадцат', 'двенадцат', 'тринадцат', 'четырнадцат', 'пятнадцат', 'шестнадцат', 'семнадцат', 'восемнадцат', 'девятнадцат', 'двадцат'];

/** An ordinal before "пункт" (masculine) in a case: nominative "третий", genitive "третьего", prepositional "третьем". */
export function russianOrdinal(n: number, grammaticalCase: 'nom' | 'gen' | 'prep'): string {
  const stem = STEMS_1_20[n - 1];
  if (stem === undefined) return `${n}-${grammaticalCase === 'nom' ? 'й' : grammaticalCase === 'gen' ? 'го' : 'м'}`;
  if (stem === 'трет') return { nom: 'третий', gen: 'третьего', prep: 'третьем' }[grammaticalCase];
  if (grammaticalCase === 'gen') return `${stem}ого`;
  if (grammaticalCase === 'prep') return `${stem}ом`;
  return /^(?:втор|шест|седьм|восьм)$/.test(stem) ? `${stem}ой` : `${stem}ый`;
}
