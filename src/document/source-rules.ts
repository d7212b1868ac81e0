// Rule data for telling the kind of source from the text itself.

/** Titles and first lines that name a transcript. */
export const transcriptTitle = /\b(?:transcript|answers? to (?:media |journalists' )?questions|press conference|news conference|remarks|interview|briefing|q\s*&\s*a)\b/i;

/** A speaker turn at the start of a paragraph: "Question:", "Sergey Lavrov:", "Question (addressed to X):". */
export const speakerTurn = /^(?:Question|Answer|Q|A|[\p{Lu}][\p{L}'’.-]+(?: (?:de |al-|van |von )?[\p{Lu}][\p{L}'’.-]+){0,3})(?: \([^)]{1,80}\))?:\s/u;

/** Titles or openings that name an official statement. */
export const statementTitle = /\b(?:statement|comment|press release|communiqu[eé]|declaration|announcement|information and press department)\b/i;

/** First-person plural, the voice of an institution speaking for itself. */
export const firstPersonPlural = /\b(?:we|our|us|ours)\b/gi;

/** Third-person reporting ("said", "told"): a story about others, even when it quotes their "we". */
export const reportingVerbs = /\b(?:said|says|told|according to|added|stated)\b/gi;

/** Known wire agencies as they appear in datelines. */
export const wireAgencies = /^(?:TASS|ITAR-TASS|RIA Novosti|RIA|Interfax|Reuters|AP|AFP|Xinhua|SANA|Sputnik|Anadolu|dpa|EFE|ANSA|UPI|IRNA|Kyodo|Yonhap)$/i;
