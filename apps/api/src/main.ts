import 'reflect-metadata';

import { ConfigError, loadConfig } from '@samarbeid/api/platform';

import { createApp } from './app/create-app';
import { emitSchema } from './app/schema-file';

async function main(): Promise<void> {
  const [command, argument] = process.argv.slice(2);
  if (command === 'emit-schema') {
    await emitSchema(argument ?? 'apps/api/src/schema.gql');
    return;
  }
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const app = await createApp(config);
  await app.listen(config.port, config.host);
  console.log(`API_READY http://${config.host}:${config.port}/graphql`);
}

main().catch((error: unknown) => {
  console.error('Samarbeid API could not start:', error);
  process.exit(1);
});
