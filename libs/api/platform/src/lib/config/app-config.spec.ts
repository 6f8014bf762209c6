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
    expect(config.oidc.authorizedParties).toEqual([
      'samarbeid-web',
      'samarbeid-test',
      'samarbeid-integration',
    ]);
    expect(config.rateLimit).toEqual({ perUser: 300, perAddress: 1200 });
    expect(config.trustProxy).toBe(false);
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

  describe('authorised parties', () => {
    it('default to the web and integration clients in production', () => {
      expect(loadConfig({ ...valid, NODE_ENV: 'production' }).oidc.authorizedParties).toEqual([
        'samarbeid-web',
        'samarbeid-integration',
      ]);
    });

    it('default to the web and test clients where tests and development run', () => {
      for (const NODE_ENV of ['test', 'development']) {
        expect(loadConfig({ ...valid, NODE_ENV }).oidc.authorizedParties).toEqual([
          'samarbeid-web',
          'samarbeid-test',
          'samarbeid-integration',
        ]);
      }
    });

    it('follow OIDC_AUTHORIZED_PARTIES in any environment, and an empty value means the default', () => {
      const env = { ...valid, NODE_ENV: 'production', OIDC_AUTHORIZED_PARTIES: 'samarbeid-web, skript' };
      expect(loadConfig(env).oidc.authorizedParties).toEqual(['samarbeid-web', 'skript']);
      expect(loadConfig({ ...env, OIDC_AUTHORIZED_PARTIES: '' }).oidc.authorizedParties).toEqual([
        'samarbeid-web',
        'samarbeid-integration',
      ]);
    });

    it('cannot be turned off with a list of nothing', () => {
      expect(problemsOf({ ...valid, OIDC_AUTHORIZED_PARTIES: ' , ' })[0]).toMatch(
        /^OIDC_AUTHORIZED_PARTIES must name at least one client id/,
      );
    });
  });

  describe('rate limits and proxies', () => {
    it('read the limits per minute, 0 turning one off', () => {
      const config = loadConfig({
        ...valid,
        RATE_LIMIT_USER_PER_MINUTE: '0',
        RATE_LIMIT_ADDRESS_PER_MINUTE: '5000',
      });
      expect(config.rateLimit).toEqual({ perUser: 0, perAddress: 5000 });
    });

    it.each([
      ['false', false],
      ['0', false],
      ['1', 1],
      ['2', 2],
      ['loopback', 'loopback'],
      ['loopback, 10.0.0.0/8, fd00::/8, 192.0.2.7', 'loopback,10.0.0.0/8,fd00::/8,192.0.2.7'],
    ])('reads TRUST_PROXY=%p as %p', (value, trustProxy) => {
      expect(loadConfig({ ...valid, TRUST_PROXY: value }).trustProxy).toBe(trustProxy);
    });

    it.each([
      [{ RATE_LIMIT_USER_PER_MINUTE: '-1' }, /^RATE_LIMIT_USER_PER_MINUTE must be a whole number/],
      [{ RATE_LIMIT_ADDRESS_PER_MINUTE: 'many' }, /^RATE_LIMIT_ADDRESS_PER_MINUTE must be a whole number/],
      [{ TRUST_PROXY: 'true' }, /^TRUST_PROXY must be .*true is refused/],
      [{ TRUST_PROXY: 'nginx' }, /^TRUST_PROXY must be the number of proxies/],
      [{ TRUST_PROXY: '10.0.0.0/8/1' }, /^TRUST_PROXY must be the number of proxies/],
    ])('refuses %p with a clear sentence', (override, message) => {
      const problems = problemsOf({ ...valid, ...override });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(message);
    });
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

  describe('metrics', () => {
    const token = 'f3a9c2e17b4d8a60';

    it('are off, without a token, unless configured', () => {
      expect(loadConfig(valid).metrics).toEqual({ enabled: false, token: null });
    });

    it.each([
      ['true', true],
      ['TRUE', true],
      ['1', true],
      ['false', false],
      ['0', false],
      [' ', false],
    ])('reads METRICS_ENABLED=%p as %p', (value, enabled) => {
      expect(loadConfig({ ...valid, METRICS_ENABLED: value }).metrics.enabled).toBe(enabled);
    });

    it('reads METRICS_TOKEN, trimmed, and an empty one as unset', () => {
      expect(loadConfig({ ...valid, METRICS_ENABLED: 'true', METRICS_TOKEN: ` ${token} ` }).metrics).toEqual({
        enabled: true,
        token,
      });
      expect(loadConfig({ ...valid, METRICS_TOKEN: '' }).metrics.token).toBeNull();
    });

    it.each([
      [{ METRICS_ENABLED: 'yes' }, /^METRICS_ENABLED must be true or false \(got "yes"\)/],
      [{ METRICS_ENABLED: 'on' }, /^METRICS_ENABLED must be true or false/],
      [{ METRICS_TOKEN: 'short-secret' }, /^METRICS_TOKEN must be at least 16 characters/],
      [{ METRICS_TOKEN: 'has a space in the middle' }, /^METRICS_TOKEN must be at least 16 characters/],
      [{ METRICS_TOKEN: 'tøkenmedærøogmerenn16' }, /^METRICS_TOKEN must be at least 16 characters/],
    ])('refuses %p with a clear sentence', (override, message) => {
      const problems = problemsOf({ ...valid, ...override });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(message);
    });

    it('never repeats a bad METRICS_TOKEN, which is a secret', () => {
      const problems = problemsOf({ ...valid, METRICS_TOKEN: 'hemmelig' });
      expect(problems[0]).not.toContain('hemmelig');
    });
  });

  it('puts the problems in the error message', () => {
    expect(() => loadConfig({})).toThrow(
      /Ugyldig konfigurasjon \/ invalid configuration:\n {2}- DATABASE_URL/,
    );
  });

  it('schedules the status-report reminders hourly, off in tests, and refuses a bad interval', () => {
    expect(loadConfig(valid).reminders).toEqual({ intervalMinutes: 60 });
    expect(loadConfig({ ...valid, NODE_ENV: 'test' }).reminders).toEqual({ intervalMinutes: 0 });
    expect(loadConfig({ ...valid, REPORT_REMINDERS_INTERVAL_MINUTES: '15' }).reminders.intervalMinutes).toBe(
      15,
    );
    expect(problemsOf({ ...valid, REPORT_REMINDERS_INTERVAL_MINUTES: 'hourly' })).toEqual([
      'REPORT_REMINDERS_INTERVAL_MINUTES must be a whole number of minutes from 0 (off) to 10080 (a week), e.g. 60 (got "hourly").',
    ]);
  });

  describe('CRASH_TEST_PAUSE_AT (a hook for the crash tests only)', () => {
    it('is off unless set, and takes a known pause point outside production', () => {
      expect(loadConfig(valid).testing.pauseAt).toBeNull();
      const config = loadConfig({
        ...valid,
        NODE_ENV: 'test',
        CRASH_TEST_PAUSE_AT: 'decide-agreement:after-commit',
      });
      expect(config.testing.pauseAt).toBe('decide-agreement:after-commit');
    });

    it('stops the start in production, and names the points it knows otherwise', () => {
      expect(
        problemsOf({
          ...valid,
          NODE_ENV: 'production',
          CRASH_TEST_PAUSE_AT: 'decide-agreement:after-commit',
        }),
      ).toEqual([
        'CRASH_TEST_PAUSE_AT is for the crash tests only and must not be set when NODE_ENV=production.',
      ]);
      expect(problemsOf({ ...valid, CRASH_TEST_PAUSE_AT: 'somewhere' })[0]).toMatch(
        /^CRASH_TEST_PAUSE_AT must be one of import-benefit-plan:before-commit, /,
      );
    });
  });
});
