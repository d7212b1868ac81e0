// Loads and validates the rule data once (fails loudly on a malformed rule).
import { z } from 'zod';
import { lexicon } from './lexicon.js';
import { patternRules } from './patterns.js';
import { vagueRules } from './vague.js';
import { negativeRules } from './negatives.js';
import { lexiconSchema, negativeRuleSchema, patternRuleSchema, vagueRuleSchema } from './schema.js';

export function validateRules(data: { patterns: unknown; vague: unknown; negatives: unknown; lexicon: unknown }) {
  const patterns = z.array(patternRuleSchema).parse(data.patterns);
  const vague = z.array(vagueRuleSchema).parse(data.vague);
  const negatives = z.array(negativeRuleSchema).parse(data.negatives);
  const lex = lexiconSchema.parse(data.lexicon);
  const ids = new Set<string>();
  for (const r of [...patterns, ...negatives]) {
    if (ids.has(r.id)) throw new Error(`duplicate rule id ${r.id}`);
    ids.add(r.id);
  }
  return { patterns, vague, negatives, lexicon: lex };
}

export const rules = validateRules({ patterns: patternRules, vague: vagueRules, negatives: negativeRules, lexicon });
export { lexicon };
