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
export * from './references';
export * from './statements';
export * from './related';
export * from './differences';
export * from './specs';
export * from './glance';
export * from './label-priority';
export * from './site-words';
export * from './provenance';
