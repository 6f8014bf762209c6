import nx from '@nx/eslint-plugin';
import angular from 'angular-eslint';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

const scopes = {
  'scope:shared': ['scope:shared'],
  'scope:api': ['scope:api', 'scope:shared'],
  'scope:web': ['scope:web', 'scope:shared'],
  'scope:tools': ['scope:tools', 'scope:shared'],
  'scope:e2e': ['scope:e2e', 'scope:tools', 'scope:shared'],
};
const types = {
  'type:app': ['type:feature', 'type:data-access', 'type:ui', 'type:util', 'type:domain'],
  'type:e2e': ['type:util', 'type:domain'],
  'type:feature': ['type:data-access', 'type:ui', 'type:util', 'type:domain'],
  'type:data-access': ['type:data-access', 'type:util', 'type:domain'],
  'type:ui': ['type:ui', 'type:util', 'type:domain'],
  'type:util': ['type:util', 'type:domain'],
  'type:domain': ['type:util'],
};

/** Module boundaries by tags; `extraScopes` are added to what every scope may use. */
function boundaries(extraScopes) {
  return {
    enforceBuildableLibDependency: true,
    allow: [],
    depConstraints: [
      ...Object.entries(scopes).map(([sourceTag, allowed]) => ({
        sourceTag,
        onlyDependOnLibsWithTags: [...allowed, ...extraScopes],
      })),
      ...Object.entries(types).map(([sourceTag, allowed]) => ({
        sourceTag,
        onlyDependOnLibsWithTags: allowed,
      })),
    ],
  };
}

export default tseslint.config(
  {
    ignores: [
      '**/dist',
      '**/node_modules',
      '**/.nx',
      '**/.angular',
      '**/.data',
      '**/tmp',
      '**/coverage',
      '**/generated/**',
      '**/test-results',
    ],
  },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'off',
    },
  },
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs', '**/*.cjs'],
    // Tool configuration files load the workspace's shared presets by path; they are not project code.
    ignores: ['**/jest.config.cjs', '**/webpack.config.cjs', '**/*.config.ts'],
    rules: {
      '@nx/enforce-module-boundaries': ['error', boundaries([])],
    },
  },
  {
    // Tests and developer scripts may also use the workspace tooling (embedded PostgreSQL, demo tokens);
    // every other boundary still holds there.
    files: ['**/*.spec.ts', '**/test/**/*.ts', 'apps/*/scripts/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': ['error', boundaries(['scope:tools'])],
    },
  },
  {
    files: ['apps/web/**/*.ts', 'libs/web/**/*.ts'],
    extends: [...angular.configs.tsRecommended],
    processor: angular.processInlineTemplates,
    rules: {
      '@angular-eslint/directive-selector': [
        'error',
        { type: 'attribute', prefix: 'sb', style: 'camelCase' },
      ],
      '@angular-eslint/component-selector': ['error', { type: 'element', prefix: 'sb', style: 'kebab-case' }],
      '@angular-eslint/prefer-on-push-component-change-detection': 'error',
    },
  },
  {
    files: ['apps/web/**/*.html', 'libs/web/**/*.html'],
    extends: [...angular.configs.templateRecommended, ...angular.configs.templateAccessibility],
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  prettier,
);
