// Small text helpers shared by the terminal renderings.

/** One line, at most `n` characters (an ellipsis marks the cut). */
export const clip = (s: string, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s).replace(/\s+/g, ' ');

/** The offset column every item row starts with. */
export const at = (start: number) => `  ${String(start).padStart(6)}`;
