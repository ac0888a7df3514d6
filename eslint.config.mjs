import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

/** Import direction is a rule: catalog/ is plain domain code and never imports UI or framework code. */
const catalogBoundary = {
  files: ['catalog/**/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: ['react', 'react-dom', 'react/*', 'next', 'next/*'], message: 'catalog/ must not import React or Next.' },
          { group: ['@/app/*', '../app/*', '../../app/*'], message: 'catalog/ must not import from app/.' },
        ],
      },
    ],
  },
};

const config = [
  ...nextVitals,
  ...nextTs,
  catalogBoundary,
  { ignores: ['node_modules/**', '.next/**', 'out/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**', 'bench/tmp/**', 'tmp/**'] },
];

export default config;
