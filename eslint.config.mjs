import nx from '@nx/eslint-plugin';

// Framework packages the pure libs may never import: rules and the workflow stay portable.
const frameworks = ['@nestjs/*', 'typeorm', 'pg', '@angular/*', 'express', 'rxjs', '@electric-sql/*', 'class-validator', 'class-transformer'];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  { ignores: ['**/dist', '**/node_modules', '**/.angular', '**/.data', '**/tmp'] },
  {
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'], bannedExternalImports: frameworks },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:domain'], bannedExternalImports: frameworks },
            { sourceTag: 'type:workflow', onlyDependOnLibsWithTags: ['type:domain', 'type:workflow'], bannedExternalImports: frameworks.filter((f) => f !== 'rxjs') },
            { sourceTag: 'type:data', onlyDependOnLibsWithTags: ['type:domain', 'type:workflow', 'type:data'], bannedExternalImports: ['@angular/*', '@nestjs/*'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'], bannedExternalImports: ['@angular/*'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'], bannedExternalImports: ['@nestjs/*', 'typeorm', 'pg', '@electric-sql/*'] },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:shared'], bannedExternalImports: ['@nestjs/*', '@angular/*'] },
          ],
        },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Personal data never goes into browser storage, where the next user of a shared computer finds it (issue 6).
    files: ['web/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...['localStorage', 'sessionStorage', 'indexedDB', 'caches'].map((name) => ({ name, message: 'Geen persoonsgegevens in browseropslag: houd gegevens in het geheugen van de app of op de server.' }))],
      'no-restricted-properties': ['error', ...['localStorage', 'sessionStorage', 'indexedDB', 'caches'].map((property) => ({ object: 'window', property, message: 'Geen persoonsgegevens in browseropslag.' }))],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.integration-spec.ts', '**/*.e2e-spec.ts', '**/testing/**/*.ts', 'e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
];
