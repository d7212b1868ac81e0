// The literal text every match of a pattern must contain, read from its source: a cheap test before
// a costly scan (a text without it cannot match). Per top-level alternative, the longest run of
// plain characters outside groups and classes that no quantifier makes optional; null when some
// alternative has none (the pattern must then always be tried).

const SPECIAL = new Set(['\\', '(', ')', '[', ']', '{', '}', '|', '?', '*', '+', '.', '^', '$']);

/** End of the group or class opening at `i` (the index after its closing bracket). */
function skipBracketed(src: string, i: number): number {
  const open = src[i];
  if (open === '[') {
    for (let k = i + 1; k < src.length; k++) {
      if (src[k] === '\\') k++;
      else if (src[k] === ']') return k + 1;
    }
    return src.length;
  }
  let depth = 0;
  for (let k = i; k < src.length; k++) {
    const c = src[k];
    if (c === '\\') k++;
    else if (c === '[') k = skipBracketed(src, k) - 1;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return k + 1;
  }
  return src.length;
}

/** The top-level alternatives of a pattern source. */
function alternatives(src: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let k = 0; k < src.length; k++) {
    const c = src[k];
    if (c === '\\') k++;
    else if (c === '(' || c === '[') k = skipBracketed(src, k) - 1;
    else if (c === '|') {
      out.push(src.slice(from, k));
      from = k + 1;
    }
  }
  out.push(src.slice(from));
  return out;
}

/** The longest mandatory literal of one alternative ('' when there is none). */
function longestLiteral(alt: string): string {
  let best = '';
  let run = '';
  const close = () => {
    if (run.length > best.length) best = run;
    run = '';
  };
  for (let k = 0; k < alt.length; ) {
    const c = alt[k] as string;
    if (c === '?' || c === '*' || c === '{') {
      // the character before is optional (or repeated from zero): not part of the literal
      run = run.slice(0, -1);
      close();
      k = c === '{' ? alt.indexOf('}', k) + 1 || alt.length : k + 1;
    } else if (c === '+') {
      close();
      k++;
    } else if (c === '\\') {
      close();
      k += 2;
    } else if (c === '(' || c === '[') {
      close();
      k = skipBracketed(alt, k);
      // a quantifier after the group applies to the group, not to a literal
      if (alt[k] === '?' || alt[k] === '*' || alt[k] === '+') k++;
      else if (alt[k] === '{') k = alt.indexOf('}', k) + 1 || alt.length;
    } else if (SPECIAL.has(c)) {
      close();
      k++;
    } else {
      run += c;
      k++;
    }
  }
  close();
  return best;
}

/**
 * A test that holds for every text `re` matches: one of the mandatory literals of its alternatives
 * occurs (`includes`, the fastest scan; a case-insensitive pattern's literals by a pattern with its
 * flags, for the same case folding). Null when an alternative has no literal (always try the pattern).
 */
export function anchorOf(re: RegExp): ((text: string) => boolean) | null {
  const literals = [...new Set(alternatives(re.source).map(longestLiteral))];
  if (literals.some((l) => l === '')) return null;
  if (!re.flags.includes('i')) return (text) => literals.some((l) => text.includes(l));
  const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const any = new RegExp(literals.map(esc).join('|'), re.flags.replace(/[gy]/g, ''));
  return (text) => any.test(text);
}
