import { findDesignations } from './designations';

/** Acronyms and words that name a kind of weapon, not one system. */
const GENERIC = new Set(
  'uav uavs icbm icbms slbm slbms irbm irbms srbm srbms mrl mrls mlrs u.s. us un drone drones missile missiles rocket rockets new'.split(' '),
);

/**
 * The words of a name that point at one system: capitalised words of three letters or more
 * that are not kind words ("UAV", "ICBM"), including the letters of a designation
 * ("Hwasong" of "Hwasong-18", "Reaper" of "MQ 9 Reaper").
 */
export function distinctiveWords(name: string): string[] {
  const letters = findDesignations(name).flatMap((d) => (d.letters ? [d.letters] : []));
  const words = name.replace(/\p{N}[\p{L}\p{N}-]*/gu, ' ').split(/[\s\u00a0-]+/u);
  const found = [...letters, ...words].filter((w) => /^\p{Lu}/u.test(w) && w.replace(/\P{L}/gu, '').length >= 3 && !GENERIC.has(w.toLowerCase()));
  return [...new Set(found)];
}

/**
 * Whether a name only describes ("new drone", "UAVs", "artillery shells"): it has no
 * designation or calibre and no distinctive word, so it may as well name another system in
 * another article.
 */
export function isDescriptiveName(name: string): boolean {
  return findDesignations(name).length === 0 && distinctiveWords(name).length === 0;
}
