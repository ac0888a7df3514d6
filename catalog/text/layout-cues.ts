/**
 * What the segmenter knows about news layouts, as tables: each row a pattern, the reason it
 * prints next to the text it classifies, and a short example line that the tests check it
 * against. The code that applies them is in segment.ts; a row that fails to fit shows the text
 * as a paragraph, never hides it.
 */

export interface Cue {
  /** What the row recognises, printed next to the text it decided about. */
  why: string;
  pattern: RegExp;
  /** A line of the kind the row is for; `layout-cues.test.ts` checks that the row fits it. */
  example: string;
}

/** News agencies and picture desks whose names close photo credits. */
const AGENCY =
  '(?:AP|AFP|Reuters|Yonhap|KCNA|KNS|EPA(?:-EFE)?|Xinhua|Kyodo|Getty Images|Bloomberg|NEWS1|News1|Newsis|Shutterstock|' +
  'Associated Press|Agence France-Presse|Korea News Service|Korean Central News Agency|Rodong Sinmun|Handout|Pool)';
const CAPITALISED = "\\p{Lu}[\\p{L}\\p{M}'’.-]*";

/**
 * Lines that are site chrome: navigation, sharing and comment widgets. Only these, and lines
 * a source's metadata declares, are kept from the reader.
 */
export const CHROME_CUES: readonly Cue[] = [
  {
    why: 'breadcrumb trail',
    pattern: /^[^>›».!?]{1,40}(?:\s*[>›»]\s*[^>›».!?]{1,40}){1,6}$/u,
    example: 'Home > National > North Korea',
  },
  {
    why: 'sharing and print buttons',
    pattern:
      /^(?:(?:print|dictionary|share|e-?mail|mail|facebook|twitter|x|linkedin|whatsapp|kakaotalk|kakao|telegram|reddit|copy|link|url|font|size|text|listen|save|bookmark|tweet|comments?|subscribe|menu|search|close|a\+|a-|[|·•+-])(?:\s+|$)){1,12}$/iu,
    example: 'print dictionary print',
  },
  {
    why: 'sharing prompt',
    pattern: /^(?:share|print|e-?mail|save|send)(?: (?:this|the))? (?:article|story|page)$/iu,
    example: 'Share this article',
  },
  {
    why: 'advertising or a list heading of the site',
    pattern:
      /^(?:advertisement|advertising|sponsored(?: content)?|ad|scroll to continue(?: with content)?|continue reading|read more|related (?:articles|stories|news)|most (?:read|popular|viewed)|recommended(?: for you)?|trending(?: now)?)$/iu,
    example: 'Advertisement',
  },
  {
    why: 'log-in or comment prompt',
    pattern:
      /^(?:(?:please\s+)?(?:log ?in|sign ?in|sign up|subscribe|register)\b.{0,80}\b(?:comments?|accounts?|connect|newsletters?|continue)\b.{0,40}|to (?:write|post|leave|add|view|read) (?:a |your )?comments?\b.{0,80})$/iu,
    example: 'To write comments, please log in to one of the accounts.',
  },
  {
    why: 'label of an icon or image',
    pattern: /^(?:[\p{L}-]{1,20}[ -](?:icon|image|button|logo)|[\p{L}]+-(?:image|icon)\b.{0,40})$/iu,
    example: 'lock icon',
  },
  {
    why: 'character counter of a comment box',
    pattern: /\(\d+\s*\/\s*\d+\s*\p{L}*\)$/u,
    example: 'Standards Board Policy (0/250자)',
  },
  {
    why: 'copyright notice',
    pattern: /^(?:©|\(c\)|copyright\b)/iu,
    example: '© 2023 The Seoul Ledger. All rights reserved.',
  },
  {
    why: 'no letters or digits',
    pattern: /^[^\p{L}\p{N}]+$/u,
    example: '* * *',
  },
  {
    why: "a wire service's end mark",
    pattern: /^(?:\((?:END|MORE|ENDS)\)|-?30-|ENDS)$/u,
    example: '(END)',
  },
];

/**
 * Photo credits that close a caption. The reader shows a caption like any passage; the kind
 * only says what it is.
 */
export const CAPTION_CREDIT_CUES: readonly Cue[] = [
  {
    why: 'bracketed credit',
    pattern: new RegExp(`\\[\\s*(?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}.&-]*(?:\\s*/\\s*|\\s+(?:via\\s+)?)){0,4}(?:\\p{Lu}{2,}[\\p{L}\\p{N}.&-]*|${AGENCY})\\s*\\]$`, 'u'),
    example: 'Kim Jong Un watches the launch from an observation post. [KCNA/Reuters]',
  },
  {
    why: 'credit in parentheses',
    pattern: new RegExp(`\\((?:[^()]*\\bvia\\s+\\p{Lu}[^()]*|[^()]*\\bPhoto\\b[^()]*|[^()]*/\\s*${AGENCY}|${AGENCY}(?:\\s*/\\s*${AGENCY})*)\\)$`, 'u'),
    example: 'A launcher vehicle moves through Kim Il Sung Square. (KCNA via Reuters)',
  },
  {
    why: 'credit after a dash',
    pattern: new RegExp(`\\s[—–-]{1,2}\\s*(?:${CAPITALISED}(?:\\s${CAPITALISED}){0,3}\\s*/\\s*)?${AGENCY}$`, 'u'),
    example: 'Soldiers stand beside a mobile launcher in Pyongyang. — Reuters',
  },
  {
    why: 'photographer and agency',
    pattern: new RegExp(`${CAPITALISED}(?:[ -]${CAPITALISED}){0,3}\\s?/\\s?(?:[\\p{L} ]+ via )?${AGENCY}$`, 'u'),
    example: 'A man watches a news broadcast at a Seoul station. Jung Yeon-je/AFP via Getty Images',
  },
  {
    why: 'photo label',
    pattern: /(?:^|\s)(?:Photo|Photograph|Image|Picture)s?(?:\s+by|\s*:)\s*\p{Lu}[^.!?]{1,60}$/u,
    example: 'Kim Jong Un inspects a drone at a factory. Photo: Yonhap',
  },
];

const EMAIL = '[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+';
/** A name as a byline prints it: capitalised words, initials and particles ("Kim Soo-yeon", "JANE ROE"). */
const NAME = `${CAPITALISED}(?:\\s+(?:(?:van|de|der|von|bin|da|du|le|la|al)\\s+)?${CAPITALISED}){0,4}`;
/** Words that follow "By" at the start of a sentence rather than a name. */
const NOT_A_NAME = /^(?:By|BY|by)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Then|Now|The|This|That|Contrast|Comparison|Law)\b/u;

/**
 * A byline: "By" and one or more names, optionally an e-mail address after them. The names
 * are the first group; the e-mail address, if any, is not part of them.
 */
export const BYLINE_CUE: Cue = {
  why: '"By" and a name',
  pattern: new RegExp(
    `^(?:By|BY|by)\\s+(${NAME}(?:(?:\\s*,\\s*|\\s+(?:and|AND|&)\\s+)${NAME}){0,3})(?:\\s*(?:[,|]\\s*)?(?:[[(<]\\s*)?${EMAIL}\\s*[\\])>]?)?$`,
    'u',
  ),
  example: 'By Kim Soo-yeon (soo-yeon.kim@example.com)',
};

export function matchByline(line: string): { names: string } | null {
  if (NOT_A_NAME.test(line)) return null;
  const m = BYLINE_CUE.pattern.exec(line);
  return m ? { names: m[1]!.replace(/[,\s]+$/u, '') } : null;
}

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?\\s+)?';
const TIME = '(?:(?:,?\\s*(?:at\\s+)?|\\s+-\\s+)\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,4})?)?';
/** A date as news sites print it, with an optional time: "July 28, 2023", "28 July 2023", "2023-07-28 09:15". */
export const DATE = `(?:${WEEKDAY}${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|${WEEKDAY}\\d{1,2}\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?|\\d{4}/\\d{1,2}/\\d{1,2})${TIME}`;

/**
 * A line that dates the article: "Published July 28, 2023", "Posted : 2023-07-28 17:20",
 * "Updated July 29, 2023", or a date alone on its line. Group 1 is the keyword (absent for a
 * bare date), group 2 the date as written.
 */
export const TIMESTAMP_CUE: Cue = {
  why: 'date line',
  pattern: new RegExp(
    `^(?:(Published|Posted|Updated|First published|Last updated|Last modified|Date)(?:\\s+on)?\\s*:?\\s*)?(${DATE})(?:\\s*[|·•,;-]?\\s*(?:Updated|Last updated|Modified)(?:\\s+on)?\\s*:?\\s*${DATE})?$`,
    'iu',
  ),
  example: 'Published July 28, 2023',
};

/** An editor's note opens its passage: "Editor's note: …", "EDITOR’S NOTE — …". */
export const EDITORS_NOTE_CUE: Cue = {
  why: "editor's note",
  pattern: /^editor[’']?s['’]?\s+note\b/iu,
  example: "Editor's note: This article was updated to correct the missile's name.",
};

/**
 * A dateline that opens the first paragraph: "SEOUL, July 28 (Yonhap) --", "SEOUL (AFP) -",
 * "SEOUL, South Korea (AP) —". Named groups: place, date, agency.
 */
export const DATELINE_CUE: Cue = {
  why: 'dateline',
  pattern: new RegExp(
    `^(?<place>\\p{Lu}{2,}(?:[ .'’-]+\\p{Lu}{2,})*)(?:,\\s*(?<region>\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)*))?(?:,\\s*(?<date>${MONTH}\\s+\\d{1,2}(?:,\\s*\\d{4})?))?\\s*(?:\\((?<agency>[^()]{2,40})\\)\\s*)?(?:--|—|–|-)\\s`,
    'u',
  ),
  example: 'SEOUL, July 28 (Yonhap) -- North Korea showed a new drone at a parade, state media said.',
};

/**
 * What a web scraper writes before the text it saved: "date 2023-07-27", in lower case, with
 * an ISO date and perhaps a time, at the start of the first line. It says when the page was
 * saved, not when the article was published, and it is no part of the line's own words.
 */
export const SCRAPER_STAMP_CUE: Cue = {
  why: "a scraper's date stamp",
  pattern: /^date\s+\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?(?:\s+|$)/u,
  example: 'date 2023-07-27 (ATTN: ADDS details of drones in paras 3-5; RECASTS headline)',
};

/** A date as a translated or foreign report prints it before its note: "28.07.2023", "2023-07-28", "July 28, 2023". */
const NOTE_DATE = `(?:\\d{1,2}\\.\\d{1,2}\\.\\d{4}|${DATE})`;
const EDITING_WORDS =
  'ATTN|EDITORS?[\'’]?S?\\s+NOTE|EDITORS|ADDS|RECASTS|UPDATES|CORRECTS|REWRITES|REPEATS|CHANGES|INSERTS|DELETES|REFILES|FIXES|WITHDRAWS|ADVISORY|' +
  'Adds|Recasts|Updates|Corrects|Rewrites|Repeats|Changes|Inserts|Refiles|Fixes';

/**
 * Lines a wire service or a translator adds for editors and readers, which are notes rather
 * than the headline or the story: editing notes, slugs, reporting credits and translation notes.
 * Each is matched against a line after any scraper's stamp.
 */
export const NOTE_CUES: readonly Cue[] = [
  {
    why: "a wire service's editing note (ATTN, ADDS, RECASTS, UPDATES, CORRECTS…)",
    pattern: new RegExp(`^(?:\\(\\s*(?:${EDITING_WORDS})\\b[^()]*(?:\\([^()]*\\)[^()]*)*\\)|(?:ATTN|EDITORS?[’']?S?(?:\\s+NOTE)?)\\s*:.*)$`, 'u'),
    example: '(ATTN: ADDS details of drones in paras 3-5; RECASTS headline)',
  },
  {
    why: "a wire service's slug",
    pattern: /^BC-[A-Z]{2,4}-{1,2}[\w,.-]+(?:\s+.*)?$/u,
    example: 'BC-AS--Koreas-Russia,5th Ld-Writethru',
  },
  {
    why: "a wire service's reporting and editing credits",
    pattern: /^\((?:Reporting|Writing|Additional reporting|Compiled)\s+by\b[^()]*(?:;\s*(?:Editing|Writing|Additional reporting)\s+by\b[^()]*)*\)$/u,
    example: '(Reporting by Jane Roe; Editing by John Doe)',
  },
  {
    why: 'a translation note',
    pattern: new RegExp(`^(?:${NOTE_DATE}\\s*)?(?:[–—-]\\s*)?\\(?(?:(?:Translated|Translation)\\s+(?:from|by)\\s+\\p{L}|Translator[s’']*\\s+note\\b)`, 'u'),
    example: '28.07.2023 – Translated from Korean by the Pyongyang Watch desk',
  },
];

/** A translation note's own words: from "Translated", "Translation" or "Translator's note" to the end of its line. */
export const TRANSLATION_WORDS = /(?:Translated|Translation)\s+(?:from|by)\s+\p{L}.*$|Translator[s’']*\s+note\b.*$/u;

/** The date a translation note's line gives before the note ("28.07.2023 – Translated from …"), as group 1. */
export const NOTE_DATE_CUE = new RegExp(`^(${NOTE_DATE})\\s*(?:[–—-]\\s*)?\\(?(?:Translated|Translation|Translator)`, 'u');

/**
 * Marks a wire service puts before a headline: "(LEAD)", "(2nd LD)", "(URGENT)", "UPDATE 1-",
 * "REFILE-", "EXCLUSIVE-". The headline is the words after them.
 */
export const HEADLINE_SLUG_CUE: Cue = {
  why: "a wire service's mark before the headline",
  pattern:
    /^(?:\((?:LEAD|\d+(?:st|nd|rd|th)\s+LD|URGENT|UPDATE|CORRECTED|REFILE|News Focus|News Analysis|EDITORIAL|FOCUS|WRAPUP)(?:\s*[-–,]\s*[^)]*)?\)\s*)+|^(?:(?:UPDATE|WRAPUP|REFILE|CORRECTED|RPT|EXCLUSIVE|ANALYSIS|FACTBOX|INSIGHT|FOCUS|EXPLAINER)(?:\s+\d+)?\s*-\s*)+/u,
  example: '(LEAD) Kim shows Shoigu new attack drones, Hwasong-18 at arms exhibition',
};

/** A line that opens a list item: "- ", "• ", "* ", "1. ", "2) ". */
export const LIST_ITEM_CUE: Cue = {
  why: 'a list item',
  pattern: /^(?:[-–—•*·▪]\s+|\d{1,2}[.)]\s+)\S/u,
  example: '- 152-millimeter artillery shells, the standard round of Russian howitzers',
};
