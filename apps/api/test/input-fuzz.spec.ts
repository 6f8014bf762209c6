/**
 * Hostile text in every string argument of every mutation, generated from the schema: starting from the variables a
 * permitted caller uses successfully in the authorization matrix, each String or ID field reachable in the arguments
 * gets a NUL, a lone surrogate, 100 000 characters and white space only. Every one must be refused as
 * BAD_USER_INPUT with a sentence (naming the field, or the length limit), never INTERNAL_SERVER_ERROR, and leave the
 * database byte-for-byte unchanged.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNullableType,
  GraphQLInputType,
  GraphQLSchema,
  isInputObjectType,
  isListType,
  isScalarType,
  Kind,
  OperationDefinitionNode,
  parse,
} from 'graphql';

import { MATRIX } from './support/mutation-matrix';
import { databaseFingerprint, DemoUsername, useDemoTokens } from './support/portfolio';
import { TestApp, useTestApp } from './support/test-app';

const HOSTILE = {
  NUL: 'Tekst\u0000med NUL',
  'lone surrogate': 'Tekst \uD800 med halv surrogat',
  '100 000 characters': 'x'.repeat(100_000),
  'white space only': ' \t \n ',
} as const;

type Path = readonly (string | number)[];

/** Paths to every String/ID leaf of `type` that exists in (or can be put into) `value`. */
function stringPaths(type: GraphQLInputType, value: unknown, path: Path): Path[] {
  const own = getNullableType(type);
  if (isScalarType(own)) return own.name === 'String' || own.name === 'ID' ? [path] : [];
  if (isListType(own)) {
    const item = own.ofType;
    if (Array.isArray(value) && value.length > 0) return stringPaths(item, value[0], [...path, 0]);
    // An empty or missing list of text gets one hostile item; a list of objects has nothing to start from.
    return isScalarType(getNullableType(item)) ? stringPaths(item, undefined, [...path, 0]) : [];
  }
  if (isInputObjectType(own)) {
    if (value === null || typeof value !== 'object') return [];
    return Object.values(own.getFields()).flatMap((field) =>
      stringPaths(field.type, (value as Record<string, unknown>)[field.name], [...path, field.name]),
    );
  }
  return [];
}

function withValue(variables: Record<string, unknown>, path: Path, value: string): Record<string, unknown> {
  const copy = structuredClone(variables);
  let node: Record<string | number, unknown> = copy;
  for (const [index, key] of path.entries()) {
    if (index === path.length - 1) {
      node[key] = value;
    } else {
      node[key] ??= typeof path[index + 1] === 'number' ? [] : {};
      node = node[key] as Record<string | number, unknown>;
    }
  }
  return copy;
}

interface FuzzCase {
  readonly operation: string;
  readonly document: string;
  readonly as: DemoUsername;
  readonly variables: (api: TestApp) => Promise<Record<string, unknown>>;
}

/** The first permitted attempt of each mutation in the matrix: a caller and variables that succeed. */
function fuzzCases(): FuzzCase[] {
  return MATRIX.flatMap((entry) => {
    const ok = entry.attempts.find((attempt) => attempt.expect === 'OK' && attempt.as !== null);
    return ok && ok.as
      ? [{ operation: entry.operation, document: entry.document, as: ok.as, variables: ok.variables }]
      : [];
  });
}

/** Variable name → the mutation argument's type, read from the document and the schema. */
function argumentTypes(
  schema: GraphQLSchema,
  document: string,
  operation: string,
): Map<string, GraphQLInputType> {
  const definition = parse(document).definitions.find(
    (node): node is OperationDefinitionNode => node.kind === Kind.OPERATION_DEFINITION,
  );
  const field = schema.getMutationType()?.getFields()[operation];
  const result = new Map<string, GraphQLInputType>();
  const selection = definition?.selectionSet.selections.find(
    (node) => node.kind === Kind.FIELD && node.name.value === operation,
  );
  if (!field || !selection || selection.kind !== Kind.FIELD) return result;
  for (const argument of selection.arguments ?? []) {
    const declared = field.args.find((arg) => arg.name === argument.name.value);
    if (declared && argument.value.kind === Kind.VARIABLE)
      result.set(argument.value.name.value, declared.type);
  }
  return result;
}

describe('hostile text in every mutation argument', () => {
  const api = useTestApp();
  const tokens = useDemoTokens();
  let schema: GraphQLSchema;
  const covered = new Set<string>();

  beforeAll(() => {
    schema = api.app.get(GraphQLSchemaHost).schema;
  });

  for (const entry of fuzzCases()) {
    it(`${entry.operation}: every string argument refuses NUL, lone surrogates, 100 000 characters and blanks`, async () => {
      // Some permitted attempts act on what an earlier one in the matrix created (deleteBenefit deletes the benefit
      // createBenefit added); their arguments are plain ids, which the hostile values replace anyway.
      const variables: Record<string, unknown> = await entry.variables(api).catch(() => ({}));
      const types = argumentTypes(schema, entry.document, entry.operation);
      const paths = [...types].flatMap(([name, type]) => stringPaths(type, variables[name], [name]));
      expect(paths.length).toBeGreaterThan(0);
      const before = await databaseFingerprint(api.dataSource);
      const problems: string[] = [];
      for (const path of paths) {
        for (const [label, hostile] of Object.entries(HOSTILE)) {
          const response = await api.gql(entry.document, {
            variables: withValue(variables, path, hostile),
            token: tokens[entry.as],
          });
          const error = response.errors?.[0];
          const field = path.join('.');
          covered.add(`${entry.operation}:${field}`);
          const code = error?.extensions?.code;
          if (code !== 'BAD_USER_INPUT') {
            problems.push(`${field} with ${label}: ${code ?? 'accepted'} ${error?.message ?? ''}`);
          } else if (!error?.message || error.message.length < 10 || !error.extensions?.messageEn) {
            problems.push(`${field} with ${label}: no sentence`);
          } else if (
            label === '100 000 characters' &&
            /lang|lengre/.test(error.message) &&
            !/\d/.test(error.message)
          ) {
            // A text refused for its length says the limit ("høyst 300 tegn"); a date, id or number refused for
            // its form says what form it needs instead.
            problems.push(`${field} with ${label}: the sentence does not state the limit: ${error.message}`);
          }
        }
      }
      expect(problems).toEqual([]);
      expect(await databaseFingerprint(api.dataSource)).toBe(before);
    });
  }

  it('reached the string fields of every mutation that has one', () => {
    const operations = new Set([...covered].map((key) => key.split(':')[0]));
    expect(operations.size).toBe(fuzzCases().length);
    expect(covered.size).toBeGreaterThan(80);
  });
});
