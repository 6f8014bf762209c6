const { join } = require('node:path');
const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');

// The API is bundled to one CommonJS file with node_modules left external. NestJS 12 and other dependencies are
// ESM-only: Node 20.19+ loads them through require(esm).
module.exports = {
  output: { path: join(__dirname, '../../dist/apps/api') },
  devtool: 'source-map',
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      tsConfig: './tsconfig.app.json',
      // The fonts the archival PDFs embed (libs/api/documents), found beside main.js at run time.
      assets: [{ input: 'libs/api/documents/fonts', glob: '*', output: 'fonts' }],
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: false,
      sourceMap: true,
      externalDependencies: 'all',
    }),
  ],
};
