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

export async function get(path, params = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== ''));
  const url = query.toString() ? `${path}?${query}` : path;
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
