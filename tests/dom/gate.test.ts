import { describe, expect, it } from 'vitest';
import { checkPageScript } from '@/utils/page/gate';

function doc(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
const arabic = 'قال وزير الخارجية إن المحادثات مع الجانب الروسي ستستمر خلال الأيام المقبلة في العاصمة. ';

describe('checkPageScript', () => {
  it('calls a page Arabic from its text even when lang says en-US', () => {
    const d = doc(`<html lang="en-US"><body><p>${arabic.repeat(5)}</p></body></html>`);
    expect(checkPageScript(d).script).toBe('arabic');
  });

  it('ignores Arabic inside scripts, styles, form fields and editable regions', () => {
    const hidden = `<script>var s="${arabic.repeat(5)}"</script><textarea>${arabic.repeat(5)}</textarea><div contenteditable="true">${arabic.repeat(5)}</div>`;
    const d = doc(`<html><body>${hidden}<p>${'The talks will go on next week in the capital. '.repeat(5)}</p></body></html>`);
    expect(checkPageScript(d).script).toBe('other');
  });

  it('reads only a bounded sample', () => {
    const d = doc(`<html><body><p>${arabic.repeat(2000)}</p></body></html>`);
    expect(checkPageScript(d, 6000).sampledChars).toBeLessThanOrEqual(6001 + d.title.length);
  });
});
