/* eslint-disable @typescript-eslint/no-require-imports */
'use strict';
/** The browser stand-in for office.js (fake-office.ts) as one script, for the Excel-path end-to-end test. */
const path = require('path');
const ROOT = path.resolve(__dirname, '../../..');

module.exports = (env = {}) => ({
  mode: 'development',
  devtool: false,
  entry: path.join(__dirname, 'fake-office.ts'),
  output: { path: path.resolve(env.out), filename: 'office.js' },
  resolve: {
    extensions: ['.ts', '.js'],
    alias: { exceljs$: path.join(ROOT, 'node_modules/exceljs/dist/exceljs.min.js') },
    fallback: { fs: false, path: false, stream: false, crypto: false },
  },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: { loader: 'ts-loader', options: { transpileOnly: true, configFile: path.join(ROOT, 'tsconfig.json'), compilerOptions: { module: 'esnext' } } },
      },
    ],
  },
  performance: { hints: false },
});
