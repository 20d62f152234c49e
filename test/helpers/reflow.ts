// Test fixture builder: a corpus text re-flowed: other line breaks, no page furniture, no
// typeset spaces between CJK characters and digits. Derived from the real text for tests only;
// it works on raw lines with plain string operations, not with the parser under test.

const FURNITURE = [/^https?:\/\//, /^\S+\s+A\/RES\/\d+\/\d+$/, /^\d+\/\d+\d{2}-\d{5} \([A-Z]\)$/];

/** Latin text broken between words into lines of at most `width` (a longer word stands alone). */
export function wrapWords(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') out.push(line);
  return out;
}

function breakEvery(text: string, width: number, latin: boolean): string[] {
  if (latin) return wrapWords(text, width);
  const out: string[] = [];
  // Break between CJK characters only, never inside a run of Latin letters or digits.
  const units = text.match(/[\x21-\x7e]+|./gsu) ?? [];
  let line = '';
  for (const unit of units) {
    if (line !== '' && [...line].length + [...unit].length > width && !/^[，。；：、）》]/u.test(unit)) {
      out.push(line);
      line = '';
    }
    line += unit;
  }
  if (line !== '') out.push(line);
  // A piece that is only digits would read as a footnote mark: keep it with the one before.
  for (let k = out.length - 1; k > 0; k--) {
    if (/^\d+$/.test(out[k]!)) {
      out[k - 1] += out[k]!;
      out.splice(k, 1);
    }
  }
  return out;
}

/**
 * Re-flows a text whose paragraphs start on indented lines (PDF extraction, old HTML):
 * continuation lines are merged into their paragraph's first line and broken again at `width`.
 */
export function reflowIndented(raw: string, width: number, latin: boolean): string {
  const logical: string[] = [];
  const lines = raw.split('\n');
  // The header, up to the opening ("大会，" / "The General Assembly,"), is kept as it is.
  const opening = lines.findIndex((l) => /^\s*(大会，|The General Assembly,)\s*$/.test(l));
  const header = lines.slice(0, opening + 1);
  // Marks, rules and the closing (date, meeting) keep lines of their own.
  const standalone = (t: string) => /^\d+$/.test(t) || /^_{5,}$/.test(t) || /^(\d{4} 年|第 \d+ 次|\d+(st|nd|rd|th) plenary|\d{1,2} [A-Z][a-z]+ \d{4}$)/.test(t);
  for (const line of lines.slice(opening + 1)) {
    const trimmed = line.trim();
    if (trimmed === '' || FURNITURE.some((re) => re.test(trimmed))) continue;
    const previous = logical[logical.length - 1]?.trim();
    const starts = /^\s/.test(line) || standalone(trimmed) || previous === undefined || standalone(previous);
    const clean = latin ? trimmed : trimmed.replace(/(?<=\p{Script=Han})\s+(?=\d)|(?<=\d)\s+(?=\p{Script=Han})/gu, '');
    if (starts) logical.push(line.match(/^\s*/)![0] + clean);
    else logical[logical.length - 1] += (latin ? ' ' : '') + clean;
  }
  const out: string[] = [...header];
  for (const line of logical) {
    const indent = line.match(/^\s*/)![0];
    const pieces = breakEvery(line.trim(), width, latin);
    out.push(indent + pieces[0], ...pieces.slice(1));
  }
  return `${out.join('\n')}\n`;
}
