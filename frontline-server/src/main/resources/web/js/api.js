// Talks to the server's JSON API. Writes carry the write token in a header (never a cookie).
const meta = name => document.querySelector(`meta[name="${name}"]`)?.content || '';
let token = meta('frontline-token') || sessionStorage.getItem('frontline-token') || '';

export function needsToken() { return !token; }

export function setToken(value) {
  token = value.trim();
  sessionStorage.setItem('frontline-token', token);
}

/** An error the server answered with: its problem+json document. */
export class Problem extends Error {
  constructor(problem) {
    super(problem.detail || problem.title);
    this.problem = problem;
  }
}

async function answer(response) {
  const type = response.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) throw new Problem(typeof body === 'object' ? body : {title: response.statusText, detail: body});
  return body;
}

function address(path, params) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== ''));
  return query.toString() ? `${path}?${query}` : path;
}

const early = new Map();

/** Asks for an answer now, before the code that needs it runs; the first get of the same address takes it. */
export function prefetch(path, params = {}) {
  const url = address(path, params);
  if (early.has(url)) return;
  const answered = fetch(url).then(answer);
  answered.catch(() => {});  // a failure is reported to the get that takes it
  early.set(url, answered);
}

export async function get(path, params = {}) {
  const url = address(path, params);
  const asked = early.get(url);
  if (asked) {
    early.delete(url);
    return asked;
  }
  return answer(await fetch(url));
}

export async function post(path, body) {
  return answer(await fetch(path, {method: 'POST', headers: {'Content-Type': 'application/json',
    'Authorization': `Bearer ${token}`}, body: JSON.stringify(body)}));
}

export async function upload(path, file, params) {
  const query = new URLSearchParams(params);
  return answer(await fetch(`${path}?${query}`, {method: 'POST', headers: {'Authorization': `Bearer ${token}`,
    'Content-Type': 'application/octet-stream'}, body: file}));
}
