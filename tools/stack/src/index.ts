export * from './embedded-postgres';
export * from './ports';
export * from './service-process';
export * from './services';
export * from './static-web';
export * from './demo-users';
export * from './tokens';
export * from './workspace';
