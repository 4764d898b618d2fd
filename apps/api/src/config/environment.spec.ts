import { DEVELOPMENT_SECRET, EnvironmentError, validateEnvironment } from './environment';

describe('validateEnvironment', () => {
  it('should give development defaults when nothing is set', () => {
    const env = validateEnvironment({});
    expect(env.PORT).toBe(3000);
    expect(env.DEMO_SEED).toBe(true);
    expect(env.SECRET_KEY).toBe(DEVELOPMENT_SECRET);
  });

  it('should derive the public address from the port unless it is given', () => {
    expect(validateEnvironment({ PORT: '4000' }).PUBLIC_URL).toBe('http://localhost:4000');
    expect(validateEnvironment({ PORT: '4000', PUBLIC_URL: 'https://beside.example.org' }).PUBLIC_URL).toBe('https://beside.example.org');
  });

  it('should name the variable when a value is invalid', () => {
    expect(() => validateEnvironment({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => validateEnvironment({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => validateEnvironment({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });

  it('should refuse production with the development secret', () => {
    expect(() => validateEnvironment({ NODE_ENV: 'production', DEMO_SEED: 'false' })).toThrow(/SECRET_KEY/);
  });

  it('should refuse production with demo seeding', () => {
    expect(() =>
      validateEnvironment({ NODE_ENV: 'production', SECRET_KEY: 'x'.repeat(40), DEMO_SEED: 'true' }),
    ).toThrow(EnvironmentError);
  });

  it('should turn demo seeding off by default in production', () => {
    const env = validateEnvironment({ NODE_ENV: 'production', SECRET_KEY: 'y'.repeat(40), ...MAIL });
    expect(env.DEMO_SEED).toBe(false);
  });

  it('should refuse production without a mail server or with the placeholder sender, naming the variable', () => {
    const production = { NODE_ENV: 'production', SECRET_KEY: 'y'.repeat(40) };
    expect(() => validateEnvironment(production)).toThrow(/SMTP_URL: production sends/);
    expect(() => validateEnvironment({ ...production, SMTP_URL: MAIL.SMTP_URL })).toThrow(/MAIL_FROM/);
    expect(() => validateEnvironment({ ...production, ...MAIL })).not.toThrow();
    expect(() => validateEnvironment({ ...production, MESSAGE_DELIVERY_ENABLED: 'false' })).not.toThrow();
  });

  it('should refuse a mail server URL or sender it cannot use', () => {
    expect(() => validateEnvironment({ SMTP_URL: 'http://mail.example.org' })).toThrow(/SMTP_URL: .*smtp:\/\/ or smtps:\/\//);
    expect(() => validateEnvironment({ MAIL_FROM: 'not an address' })).toThrow(/MAIL_FROM/);
    expect(validateEnvironment({ MAIL_FROM: 'no-reply@example.org' }).MAIL_FROM).toBe('no-reply@example.org');
  });
});

const MAIL = { SMTP_URL: 'smtps://beside:secret@smtp.example.org:465', MAIL_FROM: 'Appointments <no-reply@example.org>' };
