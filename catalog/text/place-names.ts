/**
 * Countries as the news names them: the name, its short forms and its adjective ("the United
 * States", "U.S.", "American"). Two descriptions that name one country in two forms say the same
 * ("U.S." and "American-made" are one origin). Short forms in capitals match only as written.
 */
export const PLACE_NAMES: readonly (readonly string[])[] = [
  ['United States', 'United States of America', 'U.S.', 'U.S.A.', 'US', 'USA', 'America', 'American', 'Americans'],
  ['Russia', 'Russian Federation', 'Russian', 'Russians'],
  ['Soviet Union', 'USSR', 'U.S.S.R.', 'Soviet', 'Soviets'],
  ['China', "People's Republic of China", 'PRC', 'Chinese'],
  ['North Korea', 'DPRK', 'North Korean', 'North Koreans'],
  ['South Korea', 'Republic of Korea', 'ROK', 'South Korean', 'South Koreans'],
  ['Japan', 'Japanese'],
  ['Iran', 'Iranian', 'Iranians'],
  ['Ukraine', 'Ukrainian', 'Ukrainians'],
  ['United Kingdom', 'U.K.', 'UK', 'Britain', 'Great Britain', 'British'],
  ['France', 'French'],
  ['Germany', 'German', 'Germans'],
  ['Israel', 'Israeli', 'Israelis'],
  ['India', 'Indian'],
  ['Pakistan', 'Pakistani'],
  ['Turkey', 'Türkiye', 'Turkish'],
  ['Italy', 'Italian'],
  ['Sweden', 'Swedish'],
  ['Belarus', 'Belarusian'],
  ['Syria', 'Syrian'],
];

/** Words after a hyphen that say where a thing comes from ("American-made", "Chinese-built"). */
const ORIGIN_SUFFIX = /-(?:made|built|designed|produced|manufactured|developed|supplied|origin)(?![\p{L}])/giu;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
const FORMS = PLACE_NAMES.flatMap((forms, k) => forms.map((f) => ({ f, k }))).sort((a, b) => b.f.length - a.f.length);
// One look-behind and one look-ahead around the alternatives, longest first: the same matches as
// each alternative with its own, read in one pass that does not try every form at every letter.
const PATTERN_ANY_CASE = new RegExp(`(?<![\\p{L}.])(?:${FORMS.map(({ f }) => escape(f)).join('|')})(?![\\p{L}])`, 'giu');

/** The text with each country named by one key, whatever form names it, and "-made" and the like dropped. */
export function samePlaces(text: string): string {
  const byForm = (m: string) => {
    const exact = FORMS.find(({ f }) => f === m);
    const found = exact ?? FORMS.find(({ f }) => f.toLowerCase() === m.toLowerCase() && f !== f.toUpperCase());
    return found ? ` place${found.k} ` : m;
  };
  return text.replace(ORIGIN_SUFFIX, '').replace(PATTERN_ANY_CASE, byForm);
}
