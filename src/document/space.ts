// /\s/ as a character-code test (what trimming loops ask of every character; a regex per character
// showed in profiles). Same set as JavaScript's \s: tab, LF, VT, FF, CR, space, NBSP, U+1680,
// U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000, U+FEFF.
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whether text[i] is a \s character (false past the end, as /\s/.test('') is). */
export const isSpaceAt = (text: string, i: number): boolean => i >= 0 && i < text.length && isSpaceCode(text.charCodeAt(i));
