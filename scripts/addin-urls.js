'use strict';
/**
 * The add-in's URLs: the dev server during development, the department's web
 * server in production. The manifest is written once with the dev URL; the
 * production build rewrites it (see webpack.config.js).
 */
const DEV_URL = 'https://localhost:3000/';
// A placeholder that is obviously not real until ADDIN_PUBLIC_URL is set.
const PLACEHOLDER_PUBLIC_URL = 'https://addin.uo.example.ru/roadmap-control/';

function publicUrl(env = process.env) {
  const raw = (env.ADDIN_PUBLIC_URL || PLACEHOLDER_PUBLIC_URL).trim();
  return raw.endsWith('/') ? raw : `${raw}/`;
}

/** Swaps every dev URL (and the bare dev origin in <AppDomain>) for the public one. */
function toProductionManifest(xml, url) {
  const origin = new URL(url).origin;
  return xml.split(DEV_URL).join(url).split(DEV_URL.replace(/\/$/, '')).join(origin);
}

module.exports = { DEV_URL, PLACEHOLDER_PUBLIC_URL, publicUrl, toProductionManifest };
