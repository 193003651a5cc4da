'use strict';
/**
 * help.html as deployed: the version from package.json and the department's support contact
 * (ADDIN_SUPPORT_EMAIL at build time; without it, the page says whom to ask).
 */
const { version } = require('../package.json');

function escapeHtml(text) {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
}

function helpPage(html, env = process.env) {
  const email = (env.ADDIN_SUPPORT_EMAIL || '').trim();
  const support = email
    ? `<p>Поддержка: <a href="mailto:${escapeHtml(email)}">${escapeHtml(email)}</a>.</p>`
    : '<p>Поддержка: администратор надстройки в вашем органе управления образованием — тот, кто установил её в вашей организации.</p>';
  return html.replace('<!--SUPPORT-->', support).split('%VERSION%').join(version);
}

module.exports = { helpPage };
