/**
 * What a lookup query may mean beyond its words, as data: abbreviations readers type for the
 * articles' words, and the words that ask for a specification. Each row carries an example
 * query; tests/unit/interpret-query.test.ts runs them all.
 */
import type { FactLabel, SpecLabel } from '../labels';

/** Abbreviations and the words the articles write instead; matched as whole words, any case. */
export const ABBREVIATIONS: readonly { pattern: string; expansion: string; example: string }[] = [
  // "122mm", "122 mm", "122-mm"; the articles write "122-millimeter".
  { pattern: '(\\d+(?:\\.\\d+)?)\\s?-?mm', expansion: '$1-millimeter', example: '122mm' },
  { pattern: '(\\d+(?:\\.\\d+)?)\\s?-?(?:millimetre|millimeters|millimetres)', expansion: '$1-millimeter', example: '122 millimetre' },
  { pattern: 'mrls?|mlrs', expansion: 'multiple rocket launcher', example: 'MRL rounds' },
];

/** Words that ask for a specification, and the facts that may answer it when no fact has its label. */
export const SPEC_QUESTIONS: readonly { spec: SpecLabel; words: readonly string[]; related: readonly FactLabel[] }[] = [
  { spec: 'range', words: ['range', 'reach', 'how far', 'distance'], related: ['capability'] },
  { spec: 'dimensions', words: ['size', 'dimensions', 'length', 'how big', 'wingspan', 'diameter'], related: [] },
  { spec: 'weight', words: ['weight', 'how heavy', 'mass'], related: [] },
  { spec: 'payload', words: ['payload'], related: ['capability'] },
  { spec: 'warhead', words: ['warhead', 'warheads', 'nuclear'], related: ['capability'] },
  { spec: 'propellant', words: ['propellant', 'fuel', 'fuelled', 'fueled', 'engine'], related: ['propellant'] },
  { spec: 'speed', words: ['speed', 'how fast', 'mach'], related: [] },
  { spec: 'guidance', words: ['guidance', 'guided', 'accuracy'], related: [] },
  { spec: 'endurance', words: ['endurance', 'flight time', 'how long'], related: [] },
  { spec: 'crew', words: ['crew', 'pilot', 'pilots'], related: [] },
  { spec: 'maker', words: ['maker', 'manufacturer', 'made by', 'who makes', 'who made', 'builder', 'built by', 'producer'], related: ['origin'] },
  { spec: 'service-entry', words: ['in service', 'service entry', 'entry into service', 'introduced'], related: [] },
  { spec: 'quantity', words: ['quantity', 'how many', 'number of', 'stockpile'], related: ['quantity', 'stockpile'] },
];
