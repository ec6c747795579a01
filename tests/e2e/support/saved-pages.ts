import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './build';

/**
 * A saved page of tests/fixtures/pages without its scripts and inline handlers, so that only
 * Hamish could change its DOM.
 */
export function scriptFree(fixture: string): string {
  return readFileSync(join(ROOT, 'tests/fixtures/pages', fixture), 'utf8')
    .replace(/<script\b[\s\S]*?<\/script>/gi, '')
    .replace(/<noscript\b[\s\S]*?<\/noscript>/gi, '')
    .replace(/\son[a-z]+\s*=\s*("[^"]*"|'[^']*')/gi, '');
}

/**
 * Run in the page (`page.evaluate(bodyMatches, html)`, Playwright or Puppeteer): true when the
 * live body is exactly what the HTML parser makes of the served source.
 */
export function bodyMatches(source: string): boolean {
  return new DOMParser().parseFromString(source, 'text/html').body.innerHTML === document.body.innerHTML;
}
