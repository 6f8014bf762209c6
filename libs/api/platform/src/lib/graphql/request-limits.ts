import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  DocumentNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  GraphQLSchema,
  isListType,
  ValidationContext,
  ValidationRule,
} from 'graphql';
import { ComplexityEstimator, ComplexityEstimatorArgs, getComplexity } from 'graphql-query-complexity';

import { ErrorCode } from '../errors/app-error';

/**
 * What one GraphQL request may ask for, checked before anything runs. Chosen from the web app's own operations
 * (a test measures every one of them against these limits): the deepest is at depth 5, none uses an alias or a
 * directive, the longest has about 430 tokens with all its fragments, and the most expensive costs 13 401 (the
 * portfolio page asking for 200 measures, the largest page, with their network, participants and dependencies).
 * Each limit leaves room for the web app to grow and for reasonable API clients, and stops what no page needs:
 * nesting a relation into itself, thousands of aliases, huge documents, and lists of lists of lists.
 */
export const REQUEST_LIMITS = {
  /** Levels of fields below the operation (fragments count by the fields they add). */
  maxDepth: 10,
  /** Aliased fields per operation (`a: measure(id: 1) b: measure(id: 2)`). */
  maxAliases: 20,
  /** Directives (`@include`, `@skip`) per operation. */
  maxDirectives: 10,
  /** Lexical tokens in the document: the parser gives up beyond this, before building anything. */
  maxTokens: 3000,
  /** Estimated cost: every field 1, a paginated field × `first`, any other list × {@link ASSUMED_LIST_SIZE}. */
  maxCost: 25_000,
} as const;

/** What a list without `first` is assumed to hold (a region's municipalities, a measure's participants …). */
export const ASSUMED_LIST_SIZE = 10;

type LimitKind = 'depth' | 'aliases' | 'directives' | 'tokens' | 'cost';

const LIMIT_TEXT: Record<
  LimitKind,
  { nb: (found: string, max: number) => string; en: (found: string, max: number) => string }
> = {
  depth: {
    nb: (found, max) =>
      `Forespørselen er for dypt nestet (${found} nivåer; høyst ${max} er tillatt). Del den opp.`,
    en: (found, max) =>
      `The request is nested too deeply (${found} levels; at most ${max} are allowed). Split it up.`,
  },
  aliases: {
    nb: (found, max) => `Forespørselen har for mange alias (${found}; høyst ${max} er tillatt).`,
    en: (found, max) => `The request has too many aliases (${found}; at most ${max} are allowed).`,
  },
  directives: {
    nb: (found, max) => `Forespørselen har for mange direktiver (${found}; høyst ${max} er tillatt).`,
    en: (found, max) => `The request has too many directives (${found}; at most ${max} are allowed).`,
  },
  tokens: {
    nb: (_found, max) => `Forespørselen er for lang (mer enn ${max} symboler). Del den opp.`,
    en: (_found, max) => `The request is too long (more than ${max} tokens). Split it up.`,
  },
  cost: {
    nb: (found, max) =>
      `Forespørselen ber om for mye på én gang (anslått kostnad ${found}; høyst ${max} er tillatt). Be om færre felt eller mindre sider.`,
    en: (found, max) =>
      `The request asks for too much at once (estimated cost ${found}; at most ${max} is allowed). Ask for fewer fields or smaller pages.`,
  },
};

/** The refusal of a request over a limit: BAD_USER_INPUT with a sentence and the limit in `extensions`. */
export function requestLimitError(kind: LimitKind, found: string, max: number): GraphQLError {
  const text = LIMIT_TEXT[kind];
  return new GraphQLError(text.nb(found, max), {
    extensions: {
      code: ErrorCode.BadUserInput,
      messageEn: text.en(found, max),
      limit: { kind, max },
      http: { status: 400 },
    },
  });
}

const FOUND = /found (\d+)/;

/** armor's rules report `… found N.`; ours reports the same number in a sentence. */
function reportTo(kind: LimitKind, max: number) {
  return (context: ValidationContext | null, error: GraphQLError): void => {
    context?.reportError(requestLimitError(kind, FOUND.exec(error.message)?.[1] ?? 'for mange', max));
  };
}

/** Depth, alias and directive limits as validation rules (GraphQL Armor's), refusing with our sentences. */
export function requestLimitRules(limits = REQUEST_LIMITS): ValidationRule[] {
  const common = { propagateOnRejection: false, exposeLimits: true } as const;
  return [
    maxDepthRule({
      ...common,
      n: limits.maxDepth,
      flattenFragments: true,
      ignoreIntrospection: true,
      onReject: [reportTo('depth', limits.maxDepth)],
    }),
    maxAliasesRule({
      ...common,
      n: limits.maxAliases,
      onReject: [reportTo('aliases', limits.maxAliases)],
    }),
    maxDirectivesRule({
      ...common,
      n: limits.maxDirectives,
      onReject: [reportTo('directives', limits.maxDirectives)],
    }),
  ];
}

/**
 * Cost of a field: 1, plus its selection; × `first` where the field is paginated, × {@link ASSUMED_LIST_SIZE}
 * for any other list of objects. A connection's `nodes` are already counted by its `first`.
 */
export const listAwareEstimator: ComplexityEstimator = (options: ComplexityEstimatorArgs) => {
  const { field, args, childComplexity, type } = options;
  const first: unknown = args['first'];
  if (typeof first === 'number' && Number.isFinite(first)) {
    return 1 + Math.max(first, 1) * childComplexity;
  }
  const fieldType = getNullableType(field.type);
  const itemsAreObjects = childComplexity > 0;
  if (isListType(fieldType) && itemsAreObjects) {
    const inConnection = field.name === 'nodes' && getNamedType(type).name.endsWith('Connection');
    return 1 + (inConnection ? 1 : ASSUMED_LIST_SIZE) * childComplexity;
  }
  return 1 + childComplexity;
};

/** The estimated cost of one operation of `document` with its variables. */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName?: string | null,
): number {
  return getComplexity({
    schema,
    query: document,
    variables: variables ?? {},
    operationName: operationName ?? undefined,
    estimators: [listAwareEstimator],
  });
}

/**
 * Apollo plugin: refuses an operation whose estimated cost exceeds the limit once its variables are known, before
 * execution. A variable that does not fit its type is left to GraphQL's own coercion, which refuses it too.
 */
export function costLimitPlugin(maxCost: number = REQUEST_LIMITS.maxCost): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operationName }) {
          let cost: number;
          try {
            cost = operationCost(schema, document, request.variables, operationName);
          } catch {
            return;
          }
          if (cost > maxCost) {
            throw requestLimitError('cost', String(Math.ceil(cost)), maxCost);
          }
        },
      };
    },
  };
}

const TOKENS = /more th[ae][nt] (\d+) tokens/i;

/** graphql-js's own token limit message ("Document contains more that N tokens") as our refusal, or null. */
export function tokenLimitErrorFor(message: string): GraphQLError | null {
  const match = TOKENS.exec(message);
  return match ? requestLimitError('tokens', match[1], Number(match[1])) : null;
}

const SUGGESTION = /\s*Did you mean .+\?/g;

/** Removes GraphQL's "Did you mean …?" hints, which would let a stranger map the schema field by field. */
export function withoutSuggestions(message: string): string {
  return message.replace(SUGGESTION, '');
}
