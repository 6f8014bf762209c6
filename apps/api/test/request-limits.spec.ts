/**
 * Request cost is bounded before anything runs. Every operation the web app sends passes the limits with its
 * largest variables; the hostile queries found in review (depth 1002, a relation nested into itself 34 levels
 * deep by a read-only viewer, 3 500 aliases) and their neighbours are refused with a sentence, quickly, and the
 * readiness check stays fast while they are sent.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { operationCost, REQUEST_LIMITS, requestLimitRules } from '@samarbeid/api/platform';
import {
  DocumentNode,
  FragmentDefinitionNode,
  getNamedType,
  GraphQLInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  Lexer,
  OperationDefinitionNode,
  parse,
  print,
  Source,
  specifiedRules,
  TokenKind,
  typeFromAST,
  validate,
  visit,
} from 'graphql';

import { measureRef, tokensForAll, useDemoTokens } from './support/portfolio';
import { bootTestApp, TestApp, useTestApp } from './support/test-app';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');

function webDocuments(): { operations: OperationDefinitionNode[]; fragments: FragmentDefinitionNode[] } {
  const dir = join(ROOT, 'libs/web');
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter((file) =>
    file.endsWith('.graphql'),
  );
  const definitions = files.flatMap((file) => parse(readFileSync(join(dir, file), 'utf8')).definitions);
  return {
    operations: definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION),
    fragments: definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION),
  };
}

/** The operation with exactly the fragments it uses, as the web app sends it. */
function asSent(operation: OperationDefinitionNode, fragments: FragmentDefinitionNode[]): DocumentNode {
  const byName = new Map(fragments.map((fragment) => [fragment.name.value, fragment]));
  const used = new Map<string, FragmentDefinitionNode>();
  const collect = (node: OperationDefinitionNode | FragmentDefinitionNode): void => {
    visit(node, {
      FragmentSpread(spread) {
        const fragment = byName.get(spread.name.value);
        if (fragment && !used.has(fragment.name.value)) {
          used.set(fragment.name.value, fragment);
          collect(fragment);
        }
      },
    });
  };
  collect(operation);
  return { kind: Kind.DOCUMENT, definitions: [operation, ...used.values()] };
}

/** Variables that make an operation as large as the API allows: the largest page, one item per list. */
function largestVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
): Record<string, unknown> {
  const sample = (type: GraphQLInputType, name: string): unknown => {
    if (isNonNullType(type)) return sample(type.ofType, name);
    if (isListType(type)) return [sample(type.ofType, name)];
    if (isEnumType(type)) return type.getValues()[0]?.value;
    if (isInputObjectType(type)) {
      return Object.fromEntries(
        Object.values(type.getFields())
          .filter((field) => isNonNullType(field.type))
          .map((field) => [field.name, sample(field.type, field.name)]),
      );
    }
    if (name === 'first') return 200;
    return getNamedType(type).name === 'Int' ? 1 : getNamedType(type).name === 'Boolean' ? true : '1';
  };
  return Object.fromEntries(
    (operation.variableDefinitions ?? []).map((definition) => {
      const type = typeFromAST(schema, definition.type as never) as GraphQLInputType;
      return [definition.variable.name.value, sample(type, definition.variable.name.value)];
    }),
  );
}

function tokenCount(text: string): number {
  const lexer = new Lexer(new Source(text));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count++;
  return count;
}

const nested = (levels: number): string => {
  let selection = 'code';
  for (let level = 0; level < levels; level++) {
    selection = level % 2 === 0 ? `measure { ${selection} }` : `dependents { ${selection} }`;
  }
  return selection;
};

describe('request limits', () => {
  const api = useTestApp();
  const tokens = useDemoTokens();
  let measureId: string;

  beforeAll(async () => {
    measureId = (await measureRef(api.dataSource, 'T7')).id;
  });

  describe('every operation of the web app passes them with its largest variables', () => {
    const { operations, fragments } = webDocuments();

    it('finds the web operations', () => {
      expect(operations.length).toBeGreaterThan(50);
    });

    for (const operation of operations) {
      const name = operation.name?.value ?? 'anonymous';
      it(name, () => {
        const schema = api.app.get(GraphQLSchemaHost).schema;
        const document = asSent(operation, fragments);
        const text = print(document);
        expect(tokenCount(text)).toBeLessThan(REQUEST_LIMITS.maxTokens / 2);
        expect(validate(schema, parse(text), [...specifiedRules, ...requestLimitRules()])).toEqual([]);
        const cost = operationCost(schema, document, largestVariables(schema, operation), name);
        expect(cost).toBeLessThanOrEqual(REQUEST_LIMITS.maxCost * 0.6);
      });
    }
  });

  describe('hostile queries are refused before they run, with a sentence, quickly', () => {
    const hostile: Record<string, { query: () => string; kind: string }> = {
      'depth 1002': {
        query: () => `query { measure(id: "${measureId}") { ${nested(1001)} } }`,
        kind: 'depth',
      },
      'a relation nested into itself 34 levels deep (426 bytes, by a viewer)': {
        query: () => `query { measure(id: "${measureId}") { ${nested(34)} } }`,
        kind: 'depth',
      },
      '3 500 aliases of measure(id)': {
        query: () =>
          `query { ${Array.from({ length: 3500 }, (_, i) => `m${i}: measure(id: "${measureId}") { id }`).join(' ')} }`,
        kind: 'tokens',
      },
      '21 aliases': {
        query: () => `query { ${Array.from({ length: 21 }, (_, i) => `m${i}: me { id }`).join(' ')} }`,
        kind: 'aliases',
      },
      '11 directives': {
        query: () =>
          `query { me { ${Array.from({ length: 11 }, (_, i) => `a${i}: id @include(if: true)`).join(' ')} } }`,
        kind: 'directives',
      },
      'lists of lists of lists within the depth limit': {
        query: () =>
          'query { measures(regionSlug: "kongsbergregionen", first: 200) { nodes { dependents { measure { dependents { measure { code participation { state } } } } } } } }',
        kind: 'cost',
      },
    };

    for (const [label, { query, kind }] of Object.entries(hostile)) {
      it(`${label} → BAD_USER_INPUT (${kind}) before it runs`, async () => {
        const text = query();
        const timings: number[] = [];
        for (let attempt = 0; attempt < 3; attempt++) {
          const started = performance.now();
          const response = await api.gql(text, { token: tokens.politiker });
          timings.push(performance.now() - started);
          expect(response.data ?? null).toBeNull();
          expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
          expect(response.errors?.[0]?.message).toMatch(/høyst|mer enn/);
          expect(response.errors?.[0]?.extensions?.messageEn).toMatch(/at most|more than/);
          expect(response.status).toBe(400);
        }
        // The best of three, so that a garbage collection in the test process does not decide it.
        const best = Math.min(...timings);
        console.log(`refused: ${label} (${text.length} bytes) in ${best.toFixed(1)} ms`);
        // Run, these queries took 7.8–7.9 s; a refusal well under a second shows they were not executed. The time
        // itself is printed above and measured on an idle machine (3–15 ms); a tighter bound here would measure the
        // machine's load, not the API.
        expect(best).toBeLessThan(1000);
      });
    }

    it('the readiness check answers promptly while ten hostile queries are sent', async () => {
      const heavy = hostile['a relation nested into itself 34 levels deep (426 bytes, by a viewer)'].query();
      const aliases = hostile['3 500 aliases of measure(id)'].query();
      // A load balancer asks all the time: the probe's own connection is open before the attack.
      expect((await fetch(`${api.url}/health/ready`)).status).toBe(200);
      const bodies = Array.from({ length: 10 }, (_, i) =>
        JSON.stringify({ query: i % 2 === 0 ? heavy : aliases }),
      );
      // The attackers run in a thread of their own, as another machine would: building and sending 2 MB of queries
      // is their work, not the API's. Only the API (this thread's event loop) and the readiness check are measured.
      const attackers = new Worker(
        `const { parentPort, workerData } = require('node:worker_threads');
         const sent = workerData.bodies.map((body) => fetch(workerData.url, { method: 'POST', body,
           headers: { 'content-type': 'application/json', authorization: 'Bearer ' + workerData.token } })
           .then(async (response) => (await response.json()).errors?.[0]?.extensions?.code));
         parentPort.postMessage({ sending: true });
         Promise.all(sent).then((codes) => parentPort.postMessage({ codes }));`,
        { eval: true, workerData: { bodies, url: `${api.url}/graphql`, token: tokens.politiker } },
      );
      const messages: { sending?: boolean; codes?: string[] }[] = [];
      const codes = new Promise<string[]>((resolve, reject) => {
        attackers.on('message', (message: { sending?: boolean; codes?: string[] }) => {
          messages.push(message);
          if (message.codes) resolve(message.codes);
        });
        attackers.on('error', reject);
      });
      await new Promise<void>((resolve) => {
        const wait = () => (messages.some((message) => message.sending) ? resolve() : setTimeout(wait, 1));
        wait();
      });
      const started = performance.now();
      const ready = await fetch(`${api.url}/health/ready`);
      const elapsed = performance.now() - started;
      const answers = await codes;
      await attackers.terminate();
      console.log(`/health/ready during ten hostile queries: ${elapsed.toFixed(1)} ms`);
      expect(ready.status).toBe(200);
      expect(answers).toEqual(Array.from({ length: 10 }, () => 'BAD_USER_INPUT'));
      // Unbounded, the same queries held /health for 6.3 s; 4–7 ms idle (printed), a second at most under any load.
      expect(elapsed).toBeLessThan(1000);
    });
  });

  it('by-id queries are batched: twenty aliases of measure(id) cost one statement, not twenty', async () => {
    const statements: string[] = [];
    const logger = api.dataSource.logger;
    const original = logger.logQuery.bind(logger);
    logger.logQuery = (query, parameters, runner) => {
      statements.push(query);
      original(query, parameters, runner);
    };
    try {
      const ids = Array.from({ length: 20 }, (_, i) => `m${i}: measure(id: "${measureId}") { id code }`).join(
        ' ',
      );
      const response = await api.gql<Record<string, { code: string }>>(`query { ${ids} }`, {
        token: tokens.politiker,
      });
      expect(response.errors).toBeUndefined();
      expect(Object.values(response.data ?? {}).every((measure) => measure.code === 'T7')).toBe(true);
    } finally {
      logger.logQuery = original;
    }
    const measureSelects = statements.filter((sql) => /FROM\s+"?measure"?\b/i.test(sql));
    expect(measureSelects.length).toBeLessThanOrEqual(2);
  });

  it('introspection and "did you mean" hints are off unless configured', async () => {
    const introspection = await api.gql('query { __schema { types { name } } }', { token: tokens.politiker });
    expect(introspection.errors?.[0]?.message).toMatch(/introspection/i);
    const typo = await api.gql('query { measurez { id } }', { token: tokens.politiker });
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });
});

describe('request limits with introspection enabled (npm start)', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await bootTestApp({ GRAPHQL_INTROSPECTION: 'true' });
  });
  afterAll(() => api.close());

  it('answers introspection and keeps the hints', async () => {
    const token = (await tokensForAll()).politiker;
    const introspection = await api.gql<{ __schema: { types: unknown[] } }>(
      'query { __schema { types { name } } }',
      {
        token,
      },
    );
    expect(introspection.data?.__schema.types.length).toBeGreaterThan(20);
    const typo = await api.gql('query { measurez { id } }', { token });
    expect(typo.errors?.[0]?.message).toMatch(/Did you mean/);
  });
});
