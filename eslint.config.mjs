import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { createProjectGraphAsync, readCachedProjectGraph } from '@nx/devkit';
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
  // Test helpers (libs/web/testing): only specs and spec fixtures may use them (see testTypes).
  'type:testing': ['type:testing', 'type:data-access', 'type:ui', 'type:util', 'type:domain'],
};
/** What specs may use besides what their project may: the test helpers. */
const testTypes = ['type:testing'];

/**
 * Reads across features. A feature never imports another feature; when it must read another feature's tables, it
 * imports that feature's read library (type:data-access, tagged `read:<feature>`, e.g. libs/api/agreements-read),
 * and only the features listed here may. Each feature library carries `feature:<name>`; every feature not listed
 * for a read library is refused it (directly or through another library), so the dependency is explicit here and
 * visible in the project graph.
 */
const featureReads = {
  'feature:economics': ['read:agreements'],
  'feature:overview': ['read:agreements', 'read:focus'],
  'feature:focus': ['read:focus'],
  'feature:reporting': ['read:economics'],
  'feature:publishing': ['read:focus'],
};

/** Every project's tags, from apps/<name>/project.json and libs/<scope>/<name>/project.json. */
function projectTags() {
  const dirs = (path) =>
    readdirSync(join(import.meta.dirname, path), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => join(path, entry.name));
  const roots = [...dirs('apps'), ...dirs('libs').flatMap(dirs)].filter((root) =>
    existsSync(join(import.meta.dirname, root, 'project.json')),
  );
  return roots.map((root) => {
    const project = JSON.parse(readFileSync(join(import.meta.dirname, root, 'project.json'), 'utf8'));
    return { name: project.name, tags: project.tags ?? [] };
  });
}

/** `notDependOnLibsWithTags` for every feature not granted a read library; refuses an untagged feature. */
function readConstraints() {
  const projects = projectTags();
  const readTags = new Set(
    projects.flatMap((project) => project.tags.filter((tag) => tag.startsWith('read:'))),
  );
  const readScopes = new Set(
    projects
      .filter((project) => project.tags.some((tag) => readTags.has(tag)))
      .flatMap((project) => project.tags.filter((tag) => tag.startsWith('scope:'))),
  );
  const features = projects.filter((project) => project.tags.includes('type:feature'));
  for (const project of features) {
    const inReadScope = project.tags.some((tag) => readScopes.has(tag));
    if (inReadScope && !project.tags.some((tag) => tag.startsWith('feature:'))) {
      throw new Error(
        `${project.name}: a type:feature project needs a feature:<name> tag (see featureReads).`,
      );
    }
  }
  const featureTags = [
    ...new Set(features.flatMap((project) => project.tags.filter((t) => t.startsWith('feature:')))),
  ];
  return featureTags.flatMap((sourceTag) => {
    const refused = [...readTags].filter((readTag) => !(featureReads[sourceTag] ?? []).includes(readTag));
    return refused.length > 0 ? [{ sourceTag, notDependOnLibsWithTags: refused }] : [];
  });
}

/** Module boundaries by tags; `extraScopes` and `extraTypes` are added to what every scope and type may use. */
function boundaries(extraScopes, extraTypes = []) {
  return {
    enforceBuildableLibDependency: true,
    allow: [],
    // The app wires the agreements feature's navigation counts into the shell (the first download) through this
    // entry point of their own; the rest of the feature stays lazily loaded.
    checkDynamicDependenciesExceptions: ['@samarbeid/web/agreements/nav-counts'],
    depConstraints: [
      ...Object.entries(scopes).map(([sourceTag, allowed]) => ({
        sourceTag,
        onlyDependOnLibsWithTags: [...allowed, ...extraScopes],
      })),
      ...Object.entries(types).map(([sourceTag, allowed]) => ({
        sourceTag,
        onlyDependOnLibsWithTags: [...allowed, ...extraTypes],
      })),
      ...readConstraints(),
    ],
  };
}

// @nx/enforce-module-boundaries reads Nx's cached project graph and, when there is none (a fresh clone, an editor, a
// hook run before any nx command), prints a warning and skips itself: the boundaries would pass unchecked. Build the
// graph first when it is missing, so the rule always runs; if it cannot be built, linting fails instead.
try {
  readCachedProjectGraph();
} catch {
  await createProjectGraphAsync({ exitOnError: false }).catch((error) => {
    throw new Error(
      `The Nx project graph could not be built, so module boundaries cannot be checked: ${error}`,
    );
  });
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
  // Type-checked rules: they see what a value is, so they catch unhandled promises, unsafe `any` flowing in from a
  // library, and needless assertions that the syntax-only rules cannot.
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: ['**/*.ts'] })),
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
      // NestJS resolvers, guards and interface implementations are `async` by contract (the caller awaits a Promise
      // either way); requiring an `await` in each would force meaningless ones.
      '@typescript-eslint/require-await': 'off',
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
    // Tests and developer scripts may also use the workspace tooling (embedded PostgreSQL, demo tokens), and specs
    // and their fixtures the test helpers; every other boundary still holds there.
    files: ['**/*.spec.ts', '**/test/**/*.ts', 'apps/*/scripts/**/*.ts', 'libs/web/**/testing/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': ['error', boundaries(['scope:tools'], testTypes)],
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
