// Normalisers for durations and sets: "for 48 hours", "the past few weeks", "daily".
import { lexicon } from '../rules/index.js';
import { durationValue, fmt } from '../timex.js';
import { low, lookup, parseNumber, approxMod, mention, monthOf } from './shared.js';
import type { Family } from './shared.js';

export const durationsNormalisers: Family = {
  duration: (m) => {
    const g = m.groups;
    let unit = lookup(lexicon.units, g.unit?.text);
    // "day-long" without a number: one unit
    let n = g.n ? parseNumber(g.n.text) : g.long ? 1 : undefined;
    const nText = g.n?.text ?? '';
    if (!unit || n === undefined || (n >= 1000 && /^\d/.test(nText))) return null;
    if (/^\d/.test(nText) && /,/.test(nText) && n >= 1000) return null;
    if (unit === 'Q' && /-/.test(m.text)) return null; // "three-quarters" is a fraction
    if (unit === 'S' && /^an?$/i.test(nText)) return null; // "a second betrayal"
    if (unit === 'W2') {
      unit = 'W';
      n *= 2;
    }
    if (g.and) n += 0.5;
    if (unit === 'Q') return [mention(m, 'DURATION', `P${n * 3}M`, { known: ['amount', 'unit'] })];
    const det = low(g.det?.text);
    // "a year" alone: only with a quantity-taking context, otherwise too vague ("a year of war") - keep
    const mod = approxMod(g.mod?.text);
    const value = durationValue(n, unit);
    if (det === 'each of the' || det === 'all') return [mention(m, 'DURATION', value)];
    return [mention(m, 'DURATION', value, { ...(mod ? { mod } : {}), known: ['amount', 'unit'] })];
  },
  'vague-duration': (m) => {
    const unit = lookup(lexicon.units, (m.groups.unit ?? m.groups.plural)?.text);
    if (!unit) return null;
    const det = low(m.groups.det?.text);
    const vague = low(m.groups.vague?.text);
    if (vague === 'recent' && unit === 'Y') return [mention(m, 'DATE', 'PAST_REF')];
    if (vague === 'many' && !det) return null;
    const u = unit === 'DE' ? 'DE' : unit === 'CE' ? 'CE' : unit;
    const value = u === 'DE' ? 'PXDE' : u === 'CE' ? 'PXC' : u === 'Q' ? 'PXQ' : durationValue(undefined, u);
    return [mention(m, 'DURATION', value.replace('PXDE', 'PXE'))];
  },
  set: (m) => {
    const g = m.groups;
    if (g.word) return [mention(m, 'SET', lookup(lexicon.sets, g.word.text) ?? 'P1D')];
    if (g.word2) return [mention(m, 'SET', 'P1D')];
    if (g.wd) return [mention(m, 'SET', `XXXX-WXX-${lookup(lexicon.weekdays, g.wd.text)}`)];
    if (g.m) return [mention(m, 'SET', fmt.month(undefined, monthOf(g.m.text)!))];
    if (g.season) return [mention(m, 'SET', `XXXX-${lookup(lexicon.seasons, g.season.text)}`)];
    const unit = lookup(lexicon.units, (g.unit ?? g.unit2)?.text);
    if (!unit) return null;
    const n = g.n ? (low(g.n.text) === 'other' ? 2 : parseNumber(g.n.text) ?? 1) : 1;
    if (unit === 'Q') return [mention(m, 'SET', `P${n * 3}M`)];
    return [mention(m, 'SET', durationValue(n, unit === 'W2' ? 'W' : unit))];
  },
};
