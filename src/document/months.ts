const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** 1–12 for an English month name or abbreviation ("Sept.", "December"), else undefined. */
export function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase().replace(/\.$/, '');
  return MONTHS[key.slice(0, key.startsWith('sept') ? 4 : 3)] ?? MONTHS[key.slice(0, 3)];
}
