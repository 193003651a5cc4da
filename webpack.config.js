/* eslint-disable @typescript-eslint/no-require-imports */
'use strict';
/**
 * The add-in's web files: the task pane (also usable in a plain browser) and
 * the function file of the ribbon commands, into dist/addin/ (dist/ itself
 * holds the command line's compiled JS). Heavy libraries (exceljs, docx,
 * docxtemplater, pdfmake and its fonts) are reached only through import(), so
 * they become lazy chunks; `npm run build` prints the first-load size.
 */
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { DEV_URL, publicUrl, toProductionManifest } = require('./scripts/addin-urls');
const { ReportBundlePlugin } = require('./scripts/report-bundle');
const { helpPage } = require('./scripts/help-page');

const OUT = path.resolve(__dirname, 'dist/addin');

async function devServerHttps() {
  // office-addin-dev-certs installs a localhost certificate Office trusts; only the dev server needs it.
  try {
    const devCerts = require('office-addin-dev-certs');
    return { type: 'https', options: await devCerts.getHttpsServerOptions() };
  } catch (error) {
    // No rights to install a CA (a container, CI): serve with webpack's self-signed certificate;
    // a browser works after a warning, Office desktop will refuse it.
    console.warn(`office-addin-dev-certs: ${error.message} — using a self-signed certificate instead.`);
    return 'https';
  }
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode !== 'development';
  // The end-to-end test builds unminified and without source maps: the same code, in seconds.
  const quick = Boolean(env.e2e);
  const url = publicUrl();
  return {
    mode: production ? 'production' : 'development',
    devtool: production || quick ? false : 'source-map',
    // The end-to-end test's build is cached on disk beside its output: a re-run with unchanged sources
    // takes seconds instead of a full build (a fresh clone builds once).
    ...(quick && {
      cache: {
        type: 'filesystem',
        cacheDirectory: path.resolve(__dirname, 'test-output/e2e-webpack-cache'),
        buildDependencies: { config: [__filename] },
      },
    }),
    entry: {
      taskpane: './src/taskpane/index.ts',
      commands: './src/commands/commands.ts',
    },
    output: {
      // --env out=DIR: the end-to-end test builds into its own folder, never over a deployable build.
      path: env.out ? path.resolve(env.out) : OUT,
      filename: '[name].[contenthash:8].js',
      chunkFilename: 'chunks/[name].[contenthash:8].js',
      clean: true,
      publicPath: 'auto',
    },
    resolve: {
      extensions: ['.ts', '.js'],
      alias: {
        // exceljs's package entry is its Node build; its browser bundle carries its own polyfills.
        exceljs$: path.resolve(__dirname, 'node_modules/exceljs/dist/exceljs.min.js'),
      },
      fallback: { fs: false, path: false, stream: false, crypto: false },
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: { transpileOnly: true, configFile: 'tsconfig.json', compilerOptions: { module: 'esnext', sourceMap: !production } },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          // Liberation Serif for the PDF letters (src/adapters/letters/letter-fonts.ts fetches them).
          { from: 'assets/fonts/*.ttf', to: 'assets/fonts/[name][ext]' },
          { from: 'src/taskpane/help.html', to: 'help.html', transform: (content) => helpPage(content.toString()) },
          { from: 'src/taskpane/taskpane.css', to: 'taskpane.css' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (production ? toProductionManifest(content.toString(), url) : content),
          },
        ],
      }),
      new ReportBundlePlugin({ entry: 'taskpane' }),
    ],
    devServer: {
      port: Number(new URL(DEV_URL).port),
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: env.WEBPACK_SERVE ? await devServerHttps() : undefined,
      static: { directory: env.out ? path.resolve(env.out) : OUT },
    },
  };
};
