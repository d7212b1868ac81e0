// Calendar arithmetic and TIMEX3 value formatting. Pure functions on plain (year, month, day) numbers;
// all computations in UTC so results never depend on the machine's time zone or clock.

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function parseIsoDate(value: string | undefined): Ymd | undefined {
  const m = value ? /^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})/.exec(value) : null;
  if (!m?.groups) return undefined;
  return { year: Number(m.groups.y), month: Number(m.groups.m), day: Number(m.groups.d) };
}

export function toUtc(d: Ymd): Date {
  return new Date(Date.UTC(d.year, d.month - 1, d.day));
}

export function fromUtc(d: Date): Ymd {
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function addDays(d: Ymd, n: number): Ymd {
  const t = toUtc(d);
  t.setUTCDate(t.getUTCDate() + n);
  return fromUtc(t);
}

export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const idx = year * 12 + (month - 1) + n;
  return { year: Math.floor(idx / 12), month: (idx % 12) + 1 };
}

/** ISO weekday 1 (Monday) … 7 (Sunday). */
export function isoWeekday(d: Ymd): number {
  const w = toUtc(d).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO-8601 week-numbering year and week. */
export function isoWeek(d: Ymd): { year: number; week: number } {
  const t = toUtc(d);
  const wd = isoWeekday(d);
  t.setUTCDate(t.getUTCDate() + 4 - wd);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((t.getTime() - yearStart) / 86400000 + 1) / 7);
  return { year: t.getUTCFullYear(), week };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

export const fmt = {
  year: (y: number | undefined) => (y === undefined ? 'XXXX' : pad(y, 4)),
  month: (y: number | undefined, m: number) => `${fmt.year(y)}-${pad(m)}`,
  day: (y: number | undefined, m: number, d: number) => `${fmt.year(y)}-${pad(m)}-${pad(d)}`,
  ymd: (d: Ymd) => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`,
  week: (d: Ymd) => {
    const w = isoWeek(d);
    return `${pad(w.year, 4)}-W${pad(w.week)}`;
  },
  quarter: (y: number | undefined, q: number | 'X') => `${fmt.year(y)}-Q${q}`,
  half: (y: number | undefined, h: number) => `${fmt.year(y)}-H${h}`,
  season: (y: number | undefined, s: string) => `${fmt.year(y)}-${s}`,
  time: (date: string, hour: number, minute?: number) => `${date}T${pad(hour)}${minute === undefined ? ':00' : `:${pad(minute)}`}`,
};

/** Duration value: P2M, PT13H, PXD, P2Y6M … `n` undefined means unspecified (X). */
export function durationValue(n: number | undefined, unit: string): string {
  const timeUnit = unit === 'H' || unit === 'MIN' || unit === 'S';
  const code = unit === 'MIN' ? 'M' : unit === 'DE' ? 'Y' : unit === 'CE' ? 'Y' : unit;
  let amount: string;
  if (n === undefined) amount = 'X';
  else if (unit === 'DE') amount = String(n * 10);
  else if (unit === 'CE') amount = String(n * 100);
  else if (Number.isInteger(n)) amount = String(n);
  else {
    // 2.5 hours → PT2H30M, 1.5 years → P1Y6M
    const whole = Math.floor(n);
    const frac = n - whole;
    const sub: Record<string, [number, string]> = { Y: [12, 'M'], M: [30, 'D'], W: [7, 'D'], D: [24, 'H'], H: [60, 'M'], MIN: [60, 'S'] };
    const s = sub[unit];
    if (s) {
      const part = Math.round(frac * s[0]);
      const needT = timeUnit || s[1] === 'H';
      const head = timeUnit ? `PT${whole}${code}` : `P${whole}${code}`;
      return `${head}${needT && !timeUnit ? 'T' : ''}${part}${s[1]}`;
    }
    amount = String(n);
  }
  return timeUnit ? `PT${amount}${code}` : `P${amount}${code}`;
}
