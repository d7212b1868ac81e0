// Speaker entities: a person (name + role) or an organization (linked to the groups gazetteer when
// it knows it). Ids are a deterministic function of a transliteration-folded name, so separate
// documents (and separate runs) agree without a database: "Sergey Lavrov" and "Sergei Lavrov" are
// both person:sergei-lavrov; "Rami Abdel Rahman", "Rami Abdul Rahman", "Rami Abdurrahman" are
// person:rami-abd-al-rahman; a gazetteer organization is group:<gazetteer id>.

export type SpeakerType = 'person' | 'organization';

/** Folds the usual English transliterations of Russian and Arabic names to one spelling. */
export function nameKey(name: string): string {
  let s = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  s = s.replace(/[’'`‘]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
  // Abdel / Abdul / Abd al- / Abd el- / Abdur-: one "abd al"
  s = s.replace(/\babd(?:ul|el|al|ur|ar|u|e)?\s*(?:al\s+|el\s+|ul\s+)?(?=[a-z])/g, 'abd al ');
  s = s.replace(/\bel\s+(?=[a-z])/g, 'al ');
  return s
    .split(' ')
    .map((w) =>
      w
        .replace(/kh/g, 'h')
        .replace(/ph/g, 'f')
        .replace(/q/g, 'k')
        .replace(/ee/g, 'i')
        .replace(/ou/g, 'u')
        .replace(/y/g, 'i')
        .replace(/([a-z])\1+/g, '$1'),
    )
    .join(' ');
}

const slug = (key: string) => key.replace(/\s+/g, '-');

export function personId(name: string): string {
  return `person:${slug(nameKey(name))}`;
}

export function organizationId(name: string, group?: string): string {
  return group ? `group:${group}` : `org:${slug(nameKey(name.replace(/^the\s+/i, '')))}`;
}

/**
 * Heads of gazetteer organizations during the period the corpus covers, for a description with no
 * name ("the Observatory chief" → Rami Abdel Rahman). Only long-serving, unambiguous heads.
 */
export const knownHeads: Readonly<Record<string, { name: string; role: string }>> = {
  sohr: { name: 'Rami Abdel Rahman', role: 'head' },
};
