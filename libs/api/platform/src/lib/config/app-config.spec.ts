import { describe, expect, it } from '@jest/globals';

import { ConfigError, loadConfig } from './app-config';

const valid = {
  DATABASE_URL: 'postgres://u:p@localhost:5432/db',
  OIDC_ISSUER_URL: 'http://localhost:8080/realms/samarbeid',
};

function problemsOf(env: Record<string, string>): readonly string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('fills in defaults around the two required values', () => {
    const config = loadConfig(valid);
    expect(config.port).toBe(3000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.oidc.audience).toBe('samarbeid-api');
    expect(config.oidc.jwksUrl).toBe('http://localhost:8080/realms/samarbeid/protocol/openid-connect/certs');
    expect(config.webOrigins).toEqual(['http://localhost:4200']);
    expect(config.demoSeed).toBe(false);
    expect(config.oidc.authorizedParties).toEqual([]);
    expect(config.mail).toEqual({ smtpUrl: null, from: 'Samarbeid <ikke-svar@samarbeid.local>' });
  });

  it.each([
    'smtp://localhost:1025',
    'smtp://robot:hemmelig@smtp.example.no:587',
    'smtps://robot:hemmelig@smtp.example.no:465',
  ])('reads SMTP_URL %s', (smtpUrl) => {
    expect(loadConfig({ ...valid, SMTP_URL: ` ${smtpUrl} ` }).mail.smtpUrl).toBe(smtpUrl);
  });

  it.each([
    'ikke-svar@kommune.no',
    'Kongsbergregionen <ikke-svar@kongsbergregionen.no>',
    'Østre Toten <post@ostre-toten.kommune.no>',
  ])('reads MAIL_FROM %s', (from) => {
    expect(loadConfig({ ...valid, MAIL_FROM: from }).mail.from).toBe(from);
  });

  it('treats an empty SMTP_URL as unset', () => {
    expect(loadConfig({ ...valid, SMTP_URL: '  ' }).mail.smtpUrl).toBeNull();
  });

  it('never repeats a bad SMTP_URL, which may hold a password', () => {
    const problems = problemsOf({ ...valid, SMTP_URL: 'http://robot:hemmelig@smtp.example.no' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).not.toContain('hemmelig');
  });

  it('reads lists and flags', () => {
    const config = loadConfig({
      ...valid,
      WEB_ORIGIN: 'http://localhost:4200, https://samarbeid.example.no',
      OIDC_AUTHORIZED_PARTIES: 'samarbeid-web,samarbeid-test',
      DEMO_SEED: 'true',
      PORT: '8000',
    });
    expect(config.webOrigins).toEqual(['http://localhost:4200', 'https://samarbeid.example.no']);
    expect(config.oidc.authorizedParties).toEqual(['samarbeid-web', 'samarbeid-test']);
    expect(config.demoSeed).toBe(true);
    expect(config.port).toBe(8000);
  });

  it('reports every missing required value at once', () => {
    const problems = problemsOf({});
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^DATABASE_URL is required/);
    expect(problems[1]).toMatch(/^OIDC_ISSUER_URL is required/);
  });

  it.each([
    [{ PORT: '70000' }, /^PORT must be a whole number/],
    [{ PORT: 'abc' }, /^PORT must be a whole number/],
    [{ DATABASE_URL: 'mysql://x' }, /^DATABASE_URL must be a postgres:\/\/ URL/],
    [{ OIDC_ISSUER_URL: 'not a url' }, /^OIDC_ISSUER_URL must be an http\(s\) URL/],
    [{ WEB_ORIGIN: 'localhost:4200' }, /^WEB_ORIGIN must be a comma-separated list of origins/],
    [{ WEB_ORIGIN: 'http://localhost:4200/app' }, /^WEB_ORIGIN must be/],
    [{ DEMO_SEED: 'yes' }, /^DEMO_SEED must be true or false/],
    [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL must be one of/],
    [{ NODE_ENV: 'staging' }, /^NODE_ENV must be development, production or test/],
    [{ SMTP_URL: 'http://smtp.example.no' }, /^SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/],
    [{ SMTP_URL: 'smtp.example.no:587' }, /^SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/],
    [{ SMTP_URL: 'smtp://' }, /^SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/],
    [{ MAIL_FROM: 'Samarbeid' }, /^MAIL_FROM must be an e-mail address/],
    [{ MAIL_FROM: 'Samarbeid <ikke-svar>' }, /^MAIL_FROM must be an e-mail address/],
  ])('refuses %p with a clear sentence', (override, message) => {
    const problems = problemsOf({ ...valid, ...override });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  it('puts the problems in the error message', () => {
    expect(() => loadConfig({})).toThrow(
      /Ugyldig konfigurasjon \/ invalid configuration:\n {2}- DATABASE_URL/,
    );
  });
});
