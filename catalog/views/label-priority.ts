/**
 * Which statements an entry shows first: the order of its labels, as data. Specifications come
 * first, in the order of SPEC_LABELS (a fact labelled "propellant" answers what a reader looks
 * up), then the labels below, what a system is before where it was seen. The first statement by
 * this order is also the line that stands for the entry on cards and in search.
 */
import { SPEC_LABELS, type FactLabel } from '../labels';

/** Every fact label that is not a specification, most telling first. */
export const LABEL_PRIORITY: readonly FactLabel[] = [
  'type',
  'role',
  'capability',
  'variants',
  'identification',
  'origin',
  'design',
  'comparison',
  'development',
  'testing',
  'launch',
  'compatibility',
  'accusation',
  'denial',
  'stockpile',
  'use',
  'exhibition',
  'appearance',
  'footage',
  'photo',
];

const SPECS = Object.keys(SPEC_LABELS);

/** The rank of a label, lower first: specifications, then `LABEL_PRIORITY`; a label in neither comes last. */
export function labelRank(label: string): number {
  const spec = SPECS.indexOf(label);
  if (spec !== -1) return spec;
  const other = (LABEL_PRIORITY as readonly string[]).indexOf(label);
  return SPECS.length + (other === -1 ? LABEL_PRIORITY.length : other);
}
