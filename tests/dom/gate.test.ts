import { describe, expect, it } from 'vitest';
import { checkPageScript } from '@/utils/page/gate';
import { sampleParagraphText } from '@/utils/page/sample-text';

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

  it('judges from the paragraphs when they settle it, from the top of the page otherwise', () => {
    const menu = `<ul>${'<li><a href="#">Home</a></li>'.repeat(40)}</ul>`;
    const english = 'The talks will go on next week in the capital. ';
    // Arabic paragraphs under an English menu: settled by the paragraphs.
    const a = checkPageScript(doc(`<html><body>${menu}<p>${arabic.repeat(5)}</p></body></html>`));
    expect([a.script, a.sample]).toEqual(['arabic', 'paragraphs']);
    // English paragraphs and not one Arabic letter in them or the title: settled.
    const b = checkPageScript(doc(`<html><body><p>${english.repeat(5)}</p></body></html>`));
    expect([b.script, b.sample]).toEqual(['other', 'paragraphs']);
    // English paragraphs under an Arabic title and menu: the top of the page decides, as before paragraphs were read.
    const c = checkPageScript(doc(`<html><head><title>${arabic}</title></head><body><div>${arabic.repeat(8)}</div><p>${english.repeat(6)}</p></body></html>`));
    expect([c.script, c.sample]).toEqual(['arabic', 'page-start']);
    // No paragraph at all.
    const d = checkPageScript(doc(`<html><body><div>${arabic.repeat(5)}</div></body></html>`));
    expect([d.script, d.sample]).toEqual(['arabic', 'page-start']);
  });
});

describe('sampleParagraphText', () => {
  const sample = (body: string, max?: number) => sampleParagraphText(doc(`<html><head><title>T</title></head><body>${body}</body></html>`), max);

  it('takes the title and the paragraphs in page order, nothing between them', () => {
    expect(sample('<nav>menu</nav><p>one<b>bold</b></p><div>aside</div><p>two</p>')).toBe('T one bold two');
  });

  it('leaves out what the page walk leaves out, inside and around paragraphs', () => {
    const body = [
      '<p>a<script>var s = 1;</script><style>p{}</style><code>x()</code><svg><title>icon</title></svg><span contenteditable="true">typed</span><span contenteditable="false">kept</span></p>',
      '<div contenteditable="true"><p>draft</p><div contenteditable="false"><p>island</p></div></div>',
      '<pre><p>code block</p></pre><p>b</p>',
    ].join('');
    expect(sample(body)).toBe('T a kept b');
  });

  it('stops at maxChars with the title', () => {
    expect(sample(`<p>${'x'.repeat(50)}</p><p>never</p>`, 21)).toBe(`T ${'x'.repeat(20)}`);
  });
});
