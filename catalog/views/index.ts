/**
 * The shapes pages need, derived from the verified catalog. Pure functions over `getCatalog()`;
 * pages call these and render, nothing else.
 */
export * from './core';
export * from './browse';
export * from './entries';
export * from './passages';
export * from './fact-lines';
export * from './reader';
export * from './json-ld';
export * from './facts';
export * from './words';
export * from './archived';
export * from './search';
export * from './provenance';
