import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';

import { BeforeApplicationShutdown, Injectable, INestApplication, Logger } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  DocumentNode,
  getOperationAST,
  GraphQLError,
  GraphQLFormattedError,
  OperationTypeNode,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { decodeJwt } from 'jose';
// @ts-expect-error -- ws ships no types here (it is the WebSocket server graphql-ws and Nest use); typed below.
import { WebSocketServer as UntypedWebSocketServer } from 'ws';

import { bearerToken } from '../auth/auth.guard';
import type { AuthenticatedUser } from '../auth/current-user';
import { TokenVerifier } from '../auth/token-verifier';
import type { AppConfig } from '../config/app-config';
import { createErrorFormatter } from '../errors/format-error';
import { RequestLoaders } from '../graphql/request-context';
import { REQUEST_LIMITS, requestLimitRules } from '../graphql/request-limits';

/** The part of ws's socket and server this file uses. */
interface Socket {
  close(code?: number, reason?: string): void;
  on(event: 'close', listener: () => void): void;
}
interface WsServer {
  readonly clients: Set<Socket>;
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer, done: (ws: Socket) => void): void;
  emit(event: 'connection', ws: Socket, req: IncomingMessage): boolean;
  close(): void;
}
type WsServerConstructor = new (options: { noServer: true; maxPayload: number }) => WsServer;
const WebSocketServer = UntypedWebSocketServer as WsServerConstructor;

/** The limits of the live socket (decisions/0013): small messages, a few subscriptions, persons only. */
export const LIVE_LIMITS = {
  /** Bytes per incoming message: a subscription document with variables needs a few hundred. */
  maxPayload: 16 * 1024,
  /** Subscriptions one connection may hold at a time. */
  maxSubscriptionsPerConnection: 20,
} as const;

interface ConnectionExtra extends Record<PropertyKey, unknown> {
  readonly socket: Socket;
  readonly request: IncomingMessage;
  user?: AuthenticatedUser;
  token?: string;
  expiry?: NodeJS.Timeout;
}

/** Closes the open sockets when the process shuts down, so clients reconnect (to another replica) at once. */
@Injectable()
export class LiveSockets implements BeforeApplicationShutdown {
  private server: WsServer | null = null;

  attach(server: WsServer): void {
    this.server = server;
  }

  openConnections(): number {
    return this.server?.clients.size ?? 0;
  }

  beforeApplicationShutdown(): void {
    for (const socket of this.server?.clients ?? []) socket.close(1001, 'Going away');
    this.server?.close();
    this.server = null;
  }
}

const refusal = (code: string, nb: string, en: string): GraphQLError =>
  new GraphQLError(nb, { extensions: { code, messageEn: en } });

/**
 * GraphQL subscriptions over graphql-ws on the API's own port and path (`ws(s)://<api>/graphql`). The socket is
 * accepted only from the web origins (or from clients that send no Origin, i.e. not browsers); the token is checked
 * on connect (`connectionParams.authorization: "Bearer …"`) exactly as for HTTP, anonymous and integration callers
 * are refused, and the connection is closed when the token expires (the client reconnects with a fresh one). Only
 * subscription operations run here, under the same parse and validation limits as HTTP; queries and mutations go
 * over HTTP, where the rate limits and the cost plugin apply.
 */
export function attachLiveUpdates(app: INestApplication, config: AppConfig): void {
  const logger = new Logger('LiveUpdates');
  const httpServer = app.getHttpServer() as Server;
  const schema = app.get(GraphQLSchemaHost).schema;
  const verifier = app.get(TokenVerifier);
  const sockets = app.get(LiveSockets);
  const formatError = createErrorFormatter({ suggestions: config.graphql.introspection });
  const format = (errors: readonly GraphQLError[]): GraphQLFormattedError[] =>
    errors.map((error) => formatError(error.toJSON(), error));
  const rules = [...specifiedRules, ...requestLimitRules()];

  const wss = new WebSocketServer({ noServer: true, maxPayload: LIVE_LIMITS.maxPayload });
  sockets.attach(wss);
  httpServer.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = new URL(req.url ?? '/', 'http://api.invalid').pathname;
    const origin = req.headers.origin;
    if (path !== '/graphql' || (origin !== undefined && !config.webOrigins.includes(origin))) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });

  useServer<Record<string, unknown>, ConnectionExtra>(
    {
      schema,
      onConnect: async (ctx) => {
        const header = ctx.connectionParams?.['authorization'];
        const token = bearerToken(typeof header === 'string' ? header : undefined);
        if (!token) return false;
        try {
          const user = await verifier.verify(token);
          if (user.integration) return false;
          const extra: ConnectionExtra = ctx.extra;
          extra.user = user;
          extra.token = token;
          const expiresIn = (decodeJwt(token).exp ?? 0) * 1000 - Date.now();
          const socket: Socket = extra.socket;
          const expiry = setTimeout(() => socket.close(CloseCode.Forbidden, 'Token expired'), expiresIn);
          expiry.unref();
          extra.expiry = expiry;
          socket.on('close', () => clearTimeout(expiry));
          return true;
        } catch {
          return false;
        }
      },
      onSubscribe: (ctx, _id, payload) => {
        if (Object.keys(ctx.subscriptions).length > LIVE_LIMITS.maxSubscriptionsPerConnection) {
          return [
            refusal(
              'BAD_USER_INPUT',
              `Høyst ${LIVE_LIMITS.maxSubscriptionsPerConnection} abonnementer per tilkobling.`,
              `At most ${LIVE_LIMITS.maxSubscriptionsPerConnection} subscriptions per connection.`,
            ),
          ];
        }
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxTokens: REQUEST_LIMITS.maxTokens });
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError('Syntax error')];
        }
        const errors = validate(schema, document, rules);
        if (errors.length > 0) return errors;
        if (getOperationAST(document, payload.operationName)?.operation !== OperationTypeNode.SUBSCRIPTION) {
          return [
            refusal(
              'BAD_USER_INPUT',
              'Bare abonnementer går over denne tilkoblingen; send spørringer og endringer som vanlige forespørsler.',
              'Only subscriptions run over this connection; send queries and mutations as ordinary requests.',
            ),
          ];
        }
        const req = {
          headers: { authorization: `Bearer ${ctx.extra.token ?? ''}` },
          user: ctx.extra.user,
          ip: ctx.extra.request.socket.remoteAddress,
          res: { header: () => undefined, setHeader: () => undefined },
        };
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: { req, loaders: new RequestLoaders() },
        };
      },
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: format(result.errors) } : undefined,
      onError: (_ctx, _id, _payload, errors) => format(errors),
    },
    wss,
  );
  logger.log('live updates: graphql-ws on /graphql');
}
