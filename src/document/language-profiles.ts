// Language profiles as data: each language's most frequent short words (articles, prepositions,
// pronouns, auxiliaries), taken from frequency lists of news text. A text's share of each list decides.
// Words shared between languages ("a", "de", "la", "in") are kept: the scores are compared, not summed.
// Scripts that identify a language family without words come first (Cyrillic, Arabic, …).

export interface LanguageProfile {
  /** BCP 47 primary language subtag. */
  code: string;
  words: readonly string[];
}

export const wordProfiles: readonly LanguageProfile[] = [
  { code: 'en', words: 'the of and to in is that for it was on with as by at are from his this be have has not which were an but or they had their said its will been who would after also than into'.split(' ') },
  { code: 'de', words: 'der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war'.split(' ') },
  { code: 'fr', words: 'de la le et les des en un du une que est pour qui dans par plus pas au sur ne se il sont ce avec sa son été aux ont mais elle nous cette ou leur'.split(' ') },
  { code: 'es', words: 'de la que el en y los del las un por con no una su para es al lo como más pero sus le ha me sin sobre este ya entre cuando todo esta ser son también fue'.split(' ') },
  { code: 'it', words: 'di e il la che in un per è una del della non i le con da si al dei sono gli nel alla anche come più ma ha delle questo sul'.split(' ') },
  { code: 'pt', words: 'de a o que e do da em um para é com não uma os no se na por mais as dos como mas foi ao ele das tem à seu sua ou ser quando muito nos já está também'.split(' ') },
  { code: 'nl', words: 'de het een van en in is op te dat die niet met voor zijn er aan ook als bij maar om nog door dan wordt naar uit worden over tot wel'.split(' ') },
  { code: 'tr', words: 've bir bu da de için ile olarak olan çok daha gibi en ama ne kadar sonra her şey değil ise mi var yok'.split(' ') },
];

/** Scripts that decide the language (or its family) by themselves; share of letters needed. */
export const scriptProfiles: ReadonlyArray<{ code: string; pattern: RegExp }> = [
  { code: 'ru', pattern: /\p{Script=Cyrillic}/gu },
  { code: 'ar', pattern: /\p{Script=Arabic}/gu },
  { code: 'he', pattern: /\p{Script=Hebrew}/gu },
  { code: 'el', pattern: /\p{Script=Greek}/gu },
  { code: 'zh', pattern: /\p{Script=Han}/gu },
];
