/**
 * The words that speak to each specification readers look for, as data. A specification is
 * stated when a fact of the entry holds one of its words; a passage about the entry speaks to it
 * when a sentence holds one attached to the entry; otherwise it is not stated in these sources.
 * Nothing here is written per entry: "not stated" is derived from the passages. Each row has a
 * sentence that speaks to it, checked by tests/unit/spec-words.test.ts. Words match as in
 * catalog/text/label-words.ts (whole words, "*" for any ending).
 */
import type { SpecLabel } from '../labels';

export interface SpecRow {
  words: readonly string[];
  /** A sentence that speaks to the specification, and one about the same system that does not. */
  example: { speaks: string; silent: string };
}

export const SPEC_WORDS: Record<SpecLabel, SpecRow> = {
  range: {
    words: ['range*', 'reach*', 'kilomet*', 'km', 'mile*', 'points on earth', 'continental', 'distance*', 'hitting', 'strike distance'],
    example: { speaks: 'The missile appeared capable of hitting most points on Earth.', silent: 'The missile was shown at the exhibition.' },
  },
  dimensions: {
    words: ['length', 'width', 'diameter', 'meter*', 'metre*', 'feet', 'foot', 'inch*', 'size', 'height', 'wingspan', 'calib*', 'millimet*', 'mm'],
    example: { speaks: 'The 122-millimeter shells fit older guns.', silent: 'The shells fit older guns.' },
  },
  weight: { words: ['weigh*', 'ton', 'tons', 'tonne*', 'kilogram*', 'kg', 'pound*', 'heavy', 'heavier'], example: { speaks: 'The drone weighs two tons.', silent: 'The drone is new.' } },
  payload: {
    words: ['payload*', 'warhead*', 'carry*', 'carri*', 'load', 'munitions load', 'bomb load'],
    example: { speaks: 'The missiles are believed to be capable of carrying nuclear warheads.', silent: 'The missiles were tested in July.' },
  },
  warhead: {
    words: ['warhead*', 'nuclear', 'explosive*', 'high-explosive', 'conventional', 'chemical', 'biological', 'thermobaric', 'cluster'],
    example: { speaks: 'The rocket carries a high-explosive warhead.', silent: 'The rocket flew for ten minutes.' },
  },
  propellant: {
    words: ['fuel*', 'fueled', 'fuelled', 'propellant*', 'kerosene', 'hydrazine', 'solid-fuel', 'liquid-fuel'],
    example: { speaks: 'North Korea claimed it was a solid-fuel missile.', silent: 'North Korea claimed it was a new missile.' },
  },
  speed: {
    words: ['speed*', 'hypersonic', 'supersonic', 'subsonic', 'mach', 'fast', 'faster', 'km/h', 'knots', 'mph'],
    example: { speaks: 'The Hwasong-12 hypersonic glide vehicle was shown.', silent: 'The Hwasong-12 was shown.' },
  },
  guidance: {
    words: ['guidance', 'guided', 'navigation', 'gps', 'inertial', 'homing', 'seeker*', 'targeting', 'accura*', 'precision'],
    example: { speaks: 'The shell is guided by satellite navigation.', silent: 'The shell is old.' },
  },
  endurance: {
    words: ['endurance', 'loiter*', 'hours aloft', 'flight time', 'stay aloft', 'airborne for', 'flight hours'],
    example: { speaks: 'The drone can loiter for a day.', silent: 'The drone was shown in flight.' },
  },
  crew: {
    words: ['crew*', 'unmanned', 'uncrewed', 'manned', 'piloted', 'pilot*', 'remotely', 'autonomous*'],
    example: { speaks: 'A remotely piloted aircraft flew overhead.', silent: 'An aircraft flew overhead.' },
  },
  maker: {
    words: ['made', 'make*', 'maker*', 'manufactur*', 'produc*', 'develop*', 'built', 'build*', 'homemade', '-made', 'invent*', 'factory', 'factories'],
    example: { speaks: 'Kim showed Shoigu homemade ICBMs.', silent: 'Kim showed Shoigu ICBMs.' },
  },
  'service-entry': {
    words: ['entered service', 'enter service', 'enters service', 'in service', 'into service', 'commissioned', 'fielded', 'operational', 'deployed', 'deployment'],
    example: { speaks: 'The launcher entered service in 2019.', silent: 'The launcher was shown in 2019.' },
  },
  quantity: {
    words: ['million*', 'thousand*', 'hundred*', 'dozen*', 'number of', 'units', 'fleet'],
    example: { speaks: 'The country supplied millions of artillery shells.', silent: 'The country supplied artillery shells.' },
  },
};
