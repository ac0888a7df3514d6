/**
 * The search page with a query echoed back, for readers without JavaScript: the query in the
 * search field and a sentence saying what was searched, both HTML-escaped.
 */
const ECHO = '<p id="query-echo" hidden="" class="mt-4"></p>';
const FIELD = '<input id="search-page-input"';
const MAX_ECHO = 200;

const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Throws unless `searchHtml` (the built out/search.html) has the places the echo fills. */
export function checkEchoSlots(searchHtml) {
  if (!searchHtml.includes(ECHO) || !searchHtml.includes(FIELD)) throw new Error('query echo: out/search.html has no #query-echo paragraph or search field');
}

/** `searchHtml` with `query` echoed in a sentence and in the search field. */
export function echoQuery(searchHtml, query) {
  const shown = query.length > MAX_ECHO ? `${query.slice(0, MAX_ECHO)}…` : query;
  const sentence = `<p id="query-echo" class="mt-4">You searched for <strong>“${escapeHtml(shown)}”</strong>.</p>`;
  return searchHtml.replace(ECHO, sentence).replace(FIELD, `${FIELD} value="${escapeHtml(query.slice(0, 1000))}"`);
}
