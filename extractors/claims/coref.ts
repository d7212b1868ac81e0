// Speaker resolution: a source NP as written → a canonical entity (person with role, or
// organization with its gazetteer id), through the entities seen so far (most recent last):
// pronouns, surnames and descriptions ("he", "Antonov", "the minister", "the ministry", "the
// monitor", "the Britain-based Observatory") take the most recent compatible entity (coreference).
import { isNameWord, placeKind, spelling, knownHeads, knownPerson, organizationId, personId, speakerWords as SW, type SpeakerType } from './entities.js';
import { descriptorWords, determiners, orgDescriptions, organisationHeads, peopleNouns, personPronouns, titleWords } from './lexicon.js';

export type EntityKind = 'person' | 'org' | 'group';

export interface Entity {
  id: string;
  name: string;
  kind: EntityKind;
  type: SpeakerType;
  role?: string;
  /** Gazetteer id: the organization itself, or a person's organization. */
  group?: string;
  /** Gazetteer type of the organization ("ngo", "government-body"). */
  groupType?: string;
  /** Lower-cased description words seen with this entity ("deputy", "defense", "minister"). */
  words: Set<string>;
  /** Only mentioned in the text (a gazetteer group), not yet a speaker: pronouns prefer speakers. */
  mentionedOnly?: boolean;
}

export interface Resolution {
  name: string | null;
  /** Set when the name came from an earlier mention. */
  coreference: boolean;
  entity?: Entity;
}

/** A gazetteer group mention inside the source NP; `head` when it ends the NP (the NP is that organization). */
export interface GroupLink {
  id: string;
  name: string;
  type: string;
  head: boolean;
  /** Where the group mention ends inside the NP text (a name may follow: "Director of SOHR Rami Abdel Rahman"). */
  end?: number;
  /** Where it starts inside the NP text. */
  start?: number;
}

/** What the text around the source offers: full names for a surname, a person mentioned before a pronoun. */
export interface SpeakerContext {
  /** The full name the text writes for a single surname ("Obama" → "Barack Obama"). */
  fullName?(surname: string): string | undefined;
  /** The latest person mentioned (titled, or with an age) before the source, for a pronoun with no person speaker. */
  personMention?(): string | undefined;
  /** A person introduced with an age after the latest person speaker and shortly before the source. */
  newPerson?(): string | undefined;
}

const isCap = (w: string) => isNameWord(w);
const lower = (w: string) => spelling(w.toLowerCase().replace(/[’']s$/, ''));
const titleCase = (s: string) => s.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
/** "Britain-based", "UK-based", "London-based": descriptors, not names. */
const isDescriptor = (w: string) => /-based$/i.test(w) || descriptorWords.has(lower(w));

/** Resolves a source NP against the entities seen so far (most recent last); may add an entity. */
export function resolveSpeaker(np: string, entities: Entity[], turnSpeaker?: string | null, link?: GroupLink | string, ctx: SpeakerContext = {}): Resolution {
  const g = typeof link === 'string' ? { id: '', name: link, type: '', head: true } : link;
  const r = resolveRelative(np, entities, turnSpeaker, g, ctx);
  // recency: the entity just mentioned becomes the most recent one
  if (r.entity) {
    const i = entities.indexOf(r.entity);
    if (i >= 0 && i < entities.length - 1) {
      entities.splice(i, 1);
      entities.push(r.entity);
    }
  }
  return r;
}

function latest(entities: Entity[], ok: (e: Entity) => boolean): Entity | undefined {
  for (let i = entities.length - 1; i >= 0; i--) if (ok(entities[i]!)) return entities[i];
  return undefined;
}

// entities by id, per entity list (entities are only added or moved, never removed): no scan per mention
const indexes = new WeakMap<Entity[], Map<string, Entity>>();
function indexOf(entities: Entity[]): Map<string, Entity> {
  let m = indexes.get(entities);
  if (!m) {
    m = new Map(entities.map((e) => [e.id, e]));
    indexes.set(entities, m);
  }
  return m;
}

function newEntity(entities: Entity[], e: Omit<Entity, 'id' | 'type'> & { id?: string }): Entity {
  const type: SpeakerType = e.kind === 'person' ? 'person' : 'organization';
  if (type === 'person') {
    // a well-known person under any spelling: the canonical name ("Rami Abdurrahman" → "Rami Abdel Rahman")
    const k = knownPerson(e.name);
    if (k) e = { ...e, name: k.name, role: e.role ?? k.role, group: e.group ?? k.group };
  }
  const id = e.id ?? (type === 'person' ? personId(e.name) : organizationId(e.name, e.group));
  // the same organization or person named again: one entity
  const same = indexOf(entities).get(id);
  if (same) {
    delete same.mentionedOnly;
    for (const w of e.words) same.words.add(w);
    if (!same.role && e.role) same.role = e.role;
    if (!same.group && e.group) same.group = e.group;
    return same;
  }
  const out: Entity = { ...e, id, type };
  entities.push(out);
  indexOf(entities).set(id, out);
  return out;
}

/** A gazetteer organization mentioned in the text (not as a speaker): a candidate antecedent. */
export function mentionGroup(entities: Entity[], g: { id: string; name: string; type: string }): Entity {
  const same = indexOf(entities).get(`group:${g.id}`);
  if (same) return same;
  const e: Entity = { id: `group:${g.id}`, name: g.name, kind: 'org', type: 'organization', group: g.id, groupType: g.type, words: new Set(g.name.toLowerCase().split(/\s+/).map(spelling)), mentionedOnly: true };
  entities.push(e);
  indexOf(entities).set(e.id, e);
  return e;
}

/** Organization descriptions ("the monitor", "the Observatory", "the group") compatible with an entity. */
export function orgCompatible(e: Entity, head: string, words: readonly string[] = [head]): boolean {
  if (e.kind === 'person') return false;
  if (e.words.has(head)) return true;
  if (!e.groupType || !(head in orgDescriptions)) return false;
  // every description word that names a kind narrows it: "a monitor group" is an NGO, not any group
  return words.every((w) => !(w in orgDescriptions) || orgDescriptions[w]!.includes(e.groupType!));
}

/**
 * "Rami Abdurrahman who heads the Britain-based Observatory": the head NP is the source; an organization
 * named in the relative clause is the person's (with role `head` after `heads`/`leads`).
 */
function resolveRelative(np: string, entities: Entity[], turnSpeaker: string | null | undefined, g: GroupLink | undefined, ctx: SpeakerContext): Resolution {
  // (the regex needs a lower-case `who` or `which`: most NPs have neither)
  const m = np.includes('wh') ? /^(.*?\S)[\s\u00A0]+(who|which)[\s\u00A0]+(\S+)/.exec(np) : null;
  if (!m || !SW.relativePronouns.has(m[2]!.toLowerCase()) || /^(?:a|an|the)$/i.test(m[1]!.trim())) return resolve(np, entities, turnSpeaker, g, ctx);
  const mainEnd = m[1]!.length;
  const gMain = g && g.end !== undefined && g.end <= mainEnd ? { ...g, head: g.end === mainEnd } : undefined;
  const r = resolve(np.slice(0, mainEnd), entities, turnSpeaker, gMain, ctx);
  if (r.entity?.kind === 'person' && g?.id && g.end !== undefined && g.end > mainEnd) {
    r.entity.group ??= g.id;
    if (SW.headVerbs.has(m[3]!.toLowerCase())) r.entity.role ??= 'head';
  }
  return r;
}

function resolve(np: string, entities: Entity[], turnSpeaker: string | null | undefined, gIn: GroupLink | undefined, ctx: SpeakerContext): Resolution {
  let g = gIn;
  const flat = np.replace(/\u00A0/g, ' ').replace(/\s*\([^)]*\)/g, '').trim();
  const parts = flat.split(',').map((x) => x.trim());
  // "A lawyer for the news outlets, David Schulz": the name after the description
  const nameSecond = parts.length >= 2 && /^(?:A|An|The)\s/.test(parts[0]!) && /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}$/u.test(parts[1]!);
  const main = nameSecond ? parts[1]! : parts[0]!;
  const toks = main.split(/\s+/);
  const l = main.toLowerCase();
  if (l in personPronouns) {
    const pg = personPronouns[l];
    if (pg === 'self') return turnSpeaker ? { name: turnSpeaker, coreference: true } : { name: null, coreference: false };
    const want: EntityKind[] = pg === 'm' || pg === 'f' || pg === 'rel' ? ['person'] : l === 'it' ? ['org'] : ['org', 'group', 'person'];
    // a person introduced with an age after the latest person speaker ("Ziad 13 suffered …" … "he told AFP")
    const fresh = pg === 'm' || pg === 'f' ? ctx.newPerson?.() : undefined;
    if (fresh) {
      const p = newEntity(entities, { name: fresh, kind: 'person', words: new Set() });
      return { name: p.name, coreference: true, entity: p };
    }
    const e = latest(entities, (x) => want.includes(x.kind) && !x.mentionedOnly) ?? latest(entities, (x) => want.includes(x.kind));
    if (e) return { name: e.name, coreference: true, entity: e };
    // no person spoke before: the latest person the text mentions ("Ziad 13 suffered …" … "he told AFP")
    const mentioned = want.includes('person') && pg !== 'pl' ? ctx.personMention?.() : undefined;
    if (mentioned) {
      const p = newEntity(entities, { name: mentioned, kind: 'person', words: new Set() });
      return { name: p.name, coreference: true, entity: p };
    }
    return { name: null, coreference: false };
  }
  const dropDet = toks[0] && ['the', 'a', 'an'].includes(toks[0].toLowerCase()) ? toks.slice(1) : toks;
  const indefinite = !!toks[0] && /^(?:a|an)$/i.test(toks[0]);
  // "A source at Aleppo Police Command", "a spokesman for the coalition": the noun before the preposition is the head
  const p = toks.findIndex((t, i) => i >= 1 && SW.sourcePrepositions.has(t.toLowerCase()));
  if (p >= 1 && toks.slice(0, p - 1).every((t) => determiners.has(t.toLowerCase()) || !isCap(t) || titleWords.has(lower(t)))) {
    const noun = lower(toks[p - 1]!);
    if ((SW.sourceNouns.has(noun) || peopleNouns.has(noun)) && !titleWords.has(noun)) return { name: null, coreference: false }; // an unnamed source
    if (g && (titleWords.has(noun) || peopleNouns.has(noun)) && (g.start === undefined || g.start > 0)) g = { ...g, head: false };
  }
  // "ISISs statement", "the English-language Press TV report": the organization speaks through it
  if (g?.id && g.end !== undefined && !g.head) {
    const after = main.slice(g.end).trim().split(/\s+/).filter(Boolean);
    const before = g.start === undefined ? [] : main.slice(0, g.start).trim().split(/\s+/).filter(Boolean);
    if (after.length > 0 && after.length <= 2 && after.every((t) => /^[’']?s$/.test(t) || SW.mediaWords.has(lower(t))) && SW.mediaWords.has(lower(after.at(-1)!)) && before.every((t) => determiners.has(t.toLowerCase()) || !isCap(t) || t.includes('-'))) {
      const e = newEntity(entities, { name: g.name, kind: 'org', group: g.id, groupType: g.type, words: new Set(g.name.toLowerCase().split(/\s+/).map(spelling)) });
      return { name: e.name, coreference: false, entity: e };
    }
  }
  // "Fadi al-Shami of the Tahrir al-Sham Brigade": a person of an organization
  const of = dropDet.findIndex((t) => t.toLowerCase() === 'of');
  if (of >= 2 && of <= 4 && dropDet.slice(0, of).every((t) => isCap(t) && !titleWords.has(lower(t)) && !organisationHeads.has(lower(t)) && !SW.orgWords.has(lower(t)) && !isDescriptor(t) && !(lower(t) in orgDescriptions)) && dropDet.slice(of + 1).some((t) => /^\p{Lu}/u.test(t)) && !(g && g.start !== undefined && g.start <= main.indexOf(dropDet[0]!))) {
    const name = dropDet.slice(0, of).join(' ');
    const e = newEntity(entities, { name, kind: 'person', group: g?.id || undefined, words: new Set() });
    return { name: e.name, coreference: false, entity: e };
  }
  // the person-name part: capitalised words that are neither titles, descriptors nor organisation words
  const nameRun = personName(dropDet, g);
  // words of the group mention itself are no person's name ("A representative of the Syrian Armed Forces")
  const gWords = new Set(g?.end !== undefined ? np.slice(g.start ?? 0, g.end).split(/\s+/) : []);
  const hasName = dropDet.some((t) => isCap(t) && !titleWords.has(lower(t)) && !isDescriptor(t) && !organisationHeads.has(lower(t)) && !g?.name.split(' ').includes(t) && !gWords.has(t));
  if (g && g.id && !nameRun && (g.head || !hasName)) {
    const words = new Set(dropDet.map(lower));
    const titled = dropDet.filter((t) => titleWords.has(lower(t)) && !organisationHeads.has(lower(t)));
    // "the Observatory chief", "a spokesman for the coalition": a person of that organization
    if (!g.head && titled.length > 0 && !indefinite) {
      const e = latest(entities, (x) => x.kind === 'person' && x.group === g.id);
      if (e) return { name: e.name, coreference: true, entity: e };
      const h = knownHeads[g.id];
      if (h && titled.some((t) => /^(?:chief|head|director|founder|leader)$/i.test(t))) {
        const p = newEntity(entities, { name: h.name, kind: 'person', role: h.role, group: g.id, words: new Set([...titled.map(lower)]) });
        return { name: p.name, coreference: true, entity: p };
      }
    }
    if (!g.head && (indefinite || dropDet.some((t) => peopleNouns.has(lower(t))))) return { name: null, coreference: false };
    const e = newEntity(entities, { name: g.name, kind: 'org', group: g.id, groupType: g.type, words });
    return { name: e.name, coreference: false, entity: e };
  }
  const content = toks.filter((t) => !determiners.has(t.toLowerCase()) || isCap(t));
  const head = lower(toks[toks.length - 1] ?? '');
  const hasCap = content.some((t) => isCap(t) && !['The', 'A', 'An'].includes(t) && !isDescriptor(t));
  // a description of an organization: "the monitor", "the monitoring group", "the Britain-based Observatory"
  const core = dropDet.filter((t) => !isDescriptor(t));
  if (!nameRun && core.length > 0 && core.length <= 3 && head in orgDescriptions && core.slice(0, -1).every((t) => !isCap(t) || titleWords.has(lower(t)))) {
    // the organization described with that word before, else a speaking one of a fitting type, else any mentioned
    const kinds = core.map(lower);
    const e = latest(entities, (x) => x.kind !== 'person' && x.words.has(head) && orgCompatible(x, head, kinds))
      ?? latest(entities, (x) => orgCompatible(x, head, kinds) && !x.mentionedOnly)
      ?? latest(entities, (x) => orgCompatible(x, head, kinds));
    if (e) {
      for (const w of dropDet) e.words.add(lower(w));
      return { name: e.name, coreference: true, entity: e };
    }
    return { name: null, coreference: false };
  }
  if (organisationHeads.has(head) || (hasCap && content.length > 0 && organisationHeads.has(lower(content[content.length - 1]!)))) {
    const descWords = dropDet.map((t) => lower(t));
    if (!dropDet.some((t) => isCap(t) && !titleWords.has(lower(t)) && !organisationHeads.has(lower(t))) && dropDet.length <= 2) {
      // a description ("the ministry", "the campaign"): the latest organisation with that head
      const e = latest(entities, (x) => x.kind === 'org' && x.words.has(head));
      if (e) return { name: e.name, coreference: true, entity: e };
    }
    if (indefinite) return { name: null, coreference: false };
    if (!hasCap) {
      // "the defence ministry" with no antecedent: an organization named by its description ("Defense Ministry");
      // "the campaign" (no describing word) stays unnamed
      const mods = dropDet.slice(0, -1).map(lower);
      if (mods.length === 0 || mods.length > 2 || !mods.every((t) => titleWords.has(t) && !['former', 'senior', 'first', 'press', 'campaign'].includes(t))) return { name: null, coreference: false };
      const name = titleCase(dropDet.map(lower).join(' '));
      const e = newEntity(entities, { name, kind: 'org', words: new Set(descWords.map(spelling)) });
      return { name: e.name, coreference: false, entity: e };
    }
    const name = g?.name ?? titleCase(dropDet.join(' ').replace(/[’']s$/, ''));
    const e = newEntity(entities, { name, kind: 'org', words: new Set(descWords) });
    return { name, coreference: false, entity: e };
  }
  // person: the capitalised words after the last title word
  let k = toks.length;
  while (k > 0 && isCap(toks[k - 1]!) && !titleWords.has(lower(toks[k - 1]!))) k--;
  let nameToks = toks.slice(k).map((t) => t.replace(/[’']s$/, ''));
  let roleToks = toks.slice(0, k);
  // wire copy without commas: "Rami Abdel Rahman director of the Observatory" → the name comes first
  if (nameRun) {
    nameToks = nameRun.name;
    roleToks = nameRun.role;
  }
  let fromOrg = false;
  // "The Director of the Syrian Observatory for Human Rights Rami Abdel Rahman": the name after the organization
  if (g && !g.head && g.end !== undefined && !nameRun) {
    const after = np.slice(g.end).trim().split(/\s+/).filter(Boolean);
    if (after.length >= 2 && after.length <= 4 && after.every((t) => isCap(t) && !titleWords.has(lower(t)))) {
      nameToks = after;
      roleToks = np.slice(0, g.end).trim().split(/\s+/);
      fromOrg = true;
    }
  }
  // description words of the person: its titles, also those of an apposition ("…, a spokesman for the ministry")
  const appWords = parts.slice(1).join(' ').split(/\s+/).map(lower).filter((t) => titleWords.has(t) && !['for', 'of'].includes(t));
  const desc = [...roleToks.map((t) => lower(t)).filter((t) => titleWords.has(t) || peopleNouns.has(t)), ...appWords];
  const role = nameSecond ? parts[0]!.replace(/^(?:A|An|The)\s+/, '') : nameToks === nameRun?.name || fromOrg ? leadingTitles(roleToks) : roleOf(roleToks, flat);
  if (nameToks.length === 0) {
    // a description: "the minister", "the deputy defense minister", "the spokesman"
    if (toks[0] && /^(?:the|this)$/i.test(toks[0]) && desc.length > 0 && toks.length <= 5) {
      const e = latest(entities, (x) => desc.every((d) => x.words.has(d)));
      if (e) return { name: e.name, coreference: true, entity: e };
    }
    return { name: null, coreference: false };
  }
  if (nameToks.length === 1) {
    const e = latest(entities, (x) => x.kind === 'person' && x.name.split(' ').some((w) => w === nameToks[0] || w.endsWith(`-${nameToks[0]}`)));
    if (e) {
      for (const d of desc) e.words.add(d);
      return { name: e.name, coreference: e.name !== nameToks[0], entity: e };
    }
    // a surname whose full name the text writes elsewhere ("Obama" → "Barack Obama")
    const full = ctx.fullName?.(nameToks[0]!);
    if (full && full !== nameToks[0]) {
      const org = g?.id;
      const p = newEntity(entities, { name: full, kind: 'person', role, group: org || undefined, words: new Set(desc) });
      return { name: p.name, coreference: true, entity: p };
    }
  }
  if (nameToks.length >= 2) {
    // a surname-plus-part mention ("Abdel Rahman") of a fuller name seen before
    const tail = nameToks.join(' ');
    const e = latest(entities, (x) => x.kind === 'person' && x.name.endsWith(` ${tail}`));
    if (e) return { name: e.name, coreference: true, entity: e };
  }
  const name = nameToks.join(' ');
  // a country or capital speaks for its government; another place is no source ("…province of Idlib")
  const place = role ? undefined : placeKind(name);
  if (place === 'place') return { name: null, coreference: false };
  if (place === 'state') {
    const o = newEntity(entities, { name, kind: 'org', words: new Set([name.toLowerCase()]) });
    return { name: o.name, coreference: false, entity: o };
  }
  // "observatory head Rami Abdel Rahman": the organization a description word in the role points to
  const descHead = roleToks.map(lower).find((w) => w in orgDescriptions);
  const org = g?.id || (descHead ? latest(entities, (x) => x.kind !== 'person' && !!x.group && (x.words.has(descHead) || orgCompatible(x, descHead)))?.group : undefined);
  const e = newEntity(entities, { name, kind: 'person', role, group: org || undefined, words: new Set(desc) });
  return { name: e.name, coreference: false, entity: e };
}

/**
 * A person's name followed by a role, as wire copy writes it without commas ("Rami Abdel Rahman
 * director of the Syrian Observatory", "Abu Omar a spokesman"): the leading capitalised words up to a
 * title word or determiner, when a title or determiner follows.
 */
function personName(toks: string[], g: GroupLink | undefined): { name: string[]; role: string[] } | null {
  let i = 0;
  while (i < toks.length && isCap(toks[i]!) && !titleWords.has(lower(toks[i]!)) && !isDescriptor(toks[i]!) && !organisationHeads.has(lower(toks[i]!))) i++;
  if (i < 2 || i === toks.length) return null;
  const next = lower(toks[i]!);
  if (!(titleWords.has(next) || next === 'a' || next === 'an' || next === 'the' || next === 'who')) return null;
  const name = toks.slice(0, i);
  if (g && g.name.split(' ').slice(0, i).join(' ') === name.join(' ')) return null;
  return { name, role: toks.slice(i) };
}

/** The role of a person: the title words written with the name, without nationality or determiners. */
function roleOf(roleToks: string[], flat: string): string | undefined {
  const words = roleToks.filter((t) => !determiners.has(t.toLowerCase()) || titleWords.has(lower(t)));
  const kept = words.filter((t) => !/^(?:russian|syrian|american|u\.s\.|us|iranian|turkish|british|french|former|the|a|an)$/i.test(t) && !(t.toLowerCase() in orgDescriptions));
  let role = kept.join(' ').trim();
  if (!role) {
    // "X, chief of the main operations department" / "X, a spokesman for …": the apposition
    const app = /,\s*(?:the\s+|a\s+|an\s+)?([^,]{2,80})/.exec(flat);
    if (app) role = app[1]!.trim();
  }
  return role ? role.replace(/\s+(?:of|for)$/i, '') : undefined;
}

/** "director of the Syrian Observatory …" → "director"; "a spokesman for …" → "spokesman". */
function leadingTitles(toks: string[]): string | undefined {
  const out: string[] = [];
  for (const t of toks) {
    if (out.length === 0 && /^(?:a|an|the|who|is)$/i.test(t)) continue;
    if (!titleWords.has(lower(t))) break;
    out.push(t);
  }
  return out.length ? out.join(' ') : undefined;
}
