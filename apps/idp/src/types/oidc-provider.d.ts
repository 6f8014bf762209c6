/**
 * The part of oidc-provider 9's API that the development identity provider uses. The package ships no
 * type declarations (and @types/oidc-provider lags behind version 9), so they are written down here.
 */
declare module 'oidc-provider' {
  import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';

  export type JsonObject = { [key: string]: unknown };

  /** The Koa context, as far as this project touches it. */
  export interface KoaContext {
    readonly req: IncomingMessage;
    readonly res: ServerResponse;
    readonly method: string;
    readonly path: string;
    readonly host: string;
    status: number;
    body: unknown;
    type: string;
    get(field: string): string;
    set(field: string, value: string): void;
    readonly response: { get(field: string): string };
    readonly oidc: OIDCContext;
  }

  export type KoaMiddleware = (ctx: KoaContext, next: () => Promise<void>) => Promise<void>;

  export interface OIDCContext {
    readonly route: string;
    readonly issuer: string;
    readonly client?: Client;
    readonly params: Readonly<Record<string, string | string[] | undefined>>;
    entity(key: string, value: unknown): void;
  }

  export interface Client {
    readonly clientId: string;
    readonly clientAuthMethod: string;
    readonly clientName?: string;
    readonly redirectUris: readonly string[];
    readonly postLogoutRedirectUris: readonly string[];
    // Function-valued properties rather than methods: the provider replaces them on the prototype and calls the
    // originals with `.call(client, …)`; the `this` type keeps every call bound to a client.
    redirectUriAllowed: (this: Client, value: string) => boolean;
    postLogoutRedirectUriAllowed: (this: Client, value: string) => boolean;
  }

  export interface ClientStatic {
    readonly prototype: Client;
    find(clientId: string): Promise<Client | undefined>;
  }

  export interface Account {
    readonly accountId: string;
    claims(use: string, scope: string): Promise<JsonObject & { sub: string }>;
  }

  export interface Prompt {
    /** The prompt to show: 'login' or 'consent' in oidc-provider's default interaction policy. */
    readonly name: string;
    readonly reasons: readonly string[];
    readonly details: {
      readonly missingOIDCScope?: readonly string[];
      readonly missingOIDCClaims?: readonly string[];
      readonly missingResourceScopes?: Readonly<Record<string, readonly string[]>>;
    };
  }

  export interface Interaction {
    readonly uid: string;
    readonly prompt: Prompt;
    readonly params: Readonly<Record<string, string | undefined>>;
    readonly grantId?: string;
    readonly session?: { readonly accountId: string };
  }

  export interface InteractionResults {
    login?: { accountId: string; amr?: string[]; remember?: boolean };
    consent?: { grantId: string };
    error?: string;
    error_description?: string;
  }

  export interface Grant {
    readonly jti: string;
    addOIDCScope(scope: string): void;
    addOIDCClaims(claims: readonly string[]): void;
    addResourceScope(resource: string, scope: string): void;
    save(): Promise<string>;
  }

  export interface GrantStatic {
    new (properties: { accountId: string; clientId: string }): Grant;
    find(id: string): Promise<Grant | undefined>;
  }

  export interface ResourceServerInfo {
    readonly audience: string;
    readonly scope: string;
    readonly accessTokenTTL?: number;
    readonly accessTokenFormat: 'jwt' | 'opaque';
    readonly jwt?: { readonly sign: { readonly alg: string } };
  }

  export interface ResourceServer extends ResourceServerInfo {
    identifier(): string;
  }

  export interface AccessToken {
    readonly kind: string;
    readonly accountId?: string;
    readonly clientId: string;
    readonly expiration: number;
    readonly tokenType: string;
    scope?: string;
    resourceServer?: ResourceServer;
    save(): Promise<string>;
  }

  export interface AccessTokenStatic {
    new (properties: { accountId: string; client: Client; grantId: string; gty: string }): AccessToken;
  }

  export interface IdToken {
    scope: string;
    set(claim: string, value: unknown): void;
    issue(options: { use: 'idtoken' }): Promise<string>;
  }

  export interface IdTokenStatic {
    new (claims: JsonObject & { sub: string }, options: { ctx: KoaContext }): IdToken;
  }

  /** A storage adapter: one instance per model name (Session, Grant, AccessToken, ...). */
  export interface Adapter {
    upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void>;
    find(id: string): Promise<AdapterPayload | undefined>;
    findByUserCode(userCode: string): Promise<AdapterPayload | undefined>;
    findByUid(uid: string): Promise<AdapterPayload | undefined>;
    consume(id: string): Promise<void>;
    destroy(id: string): Promise<void>;
    revokeByGrantId(grantId: string): Promise<void>;
  }

  export interface AdapterPayload extends JsonObject {
    grantId?: string;
    userCode?: string;
    uid?: string;
    consumed?: number;
  }

  export type AdapterConstructor = new (name: string) => Adapter;

  export interface ErrorOut {
    readonly error: string;
    readonly error_description?: string;
  }

  export interface ClientMetadata {
    readonly client_id: string;
    readonly client_secret?: string;
    readonly client_name?: string;
    readonly token_endpoint_auth_method: string;
    readonly grant_types: readonly string[];
    readonly response_types: readonly string[];
    readonly redirect_uris?: readonly string[];
    readonly post_logout_redirect_uris?: readonly string[];
    readonly id_token_signed_response_alg?: string;
  }

  export type Ttl = (ctx: KoaContext | undefined, token: unknown, client?: Client) => number;

  export interface Configuration {
    adapter?: AdapterConstructor;
    clients?: readonly ClientMetadata[];
    clientAuthMethods?: readonly string[];
    clientBasedCORS?: (ctx: KoaContext, origin: string, client: Client) => boolean;
    claims?: Readonly<Record<string, readonly string[]>>;
    conformIdTokenClaims?: boolean;
    cookies?: {
      keys: readonly string[];
      long?: { httpOnly?: boolean; sameSite?: 'lax' | 'strict' | 'none' };
      short?: { httpOnly?: boolean; sameSite?: 'lax' | 'strict' | 'none' };
    };
    enabledJWA?: Readonly<Record<string, readonly string[]>>;
    extraTokenClaims?: (ctx: KoaContext, token: AccessToken) => Promise<JsonObject | undefined>;
    features?: JsonObject;
    findAccount?: (ctx: KoaContext, sub: string) => Promise<Account | undefined>;
    interactions?: { url: (ctx: KoaContext, interaction: Interaction) => Promise<string> };
    jwks?: { keys: readonly JsonObject[] };
    pkce?: { required: (ctx: KoaContext, client: Client) => boolean };
    renderError?: (ctx: KoaContext, out: ErrorOut, error: Error) => Promise<void>;
    responseTypes?: readonly string[];
    routes?: Readonly<Record<string, string>>;
    scopes?: readonly string[];
    ttl?: Readonly<Record<string, Ttl>>;
  }

  export type GrantTypeHandler = (ctx: KoaContext) => Promise<void>;

  export class Provider {
    constructor(issuer: string, configuration: Configuration);
    readonly issuer: string;
    /** Koa's setting: trust X-Forwarded-* headers. */
    proxy: boolean;
    readonly Client: ClientStatic;
    readonly Grant: GrantStatic;
    readonly AccessToken: AccessTokenStatic;
    readonly IdToken: IdTokenStatic;
    readonly ResourceServer: new (identifier: string, info: ResourceServerInfo) => ResourceServer;
    callback(): RequestListener;
    use(middleware: KoaMiddleware): this;
    on(event: string, listener: (...args: unknown[]) => void): this;
    registerGrantType(name: string, handler: GrantTypeHandler, parameters: readonly string[]): void;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<Interaction>;
    interactionFinished(
      req: IncomingMessage,
      res: ServerResponse,
      result: InteractionResults,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<void>;
  }

  export class OIDCProviderError extends Error {
    readonly error: string;
    readonly error_description?: string;
    readonly status: number;
  }

  export const errors: {
    readonly OIDCProviderError: typeof OIDCProviderError;
    readonly InvalidRequest: new (description: string) => OIDCProviderError;
    readonly InvalidScope: new (description: string, scope: string) => OIDCProviderError;
    readonly InvalidTarget: new (description?: string) => OIDCProviderError;
    readonly SessionNotFound: new (description: string) => OIDCProviderError;
  };

  export default Provider;
}
