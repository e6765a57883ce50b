/** src/report/html/escape.ts and src/report/document.ts: text from scenario files stays text in HTML, inline JSON and Markdown. */
import { describe, expect, it } from 'vitest';
import { blockToHtml, blockToMarkdown, sectionsToHtml } from '../../src/report/document.ts';
import { escapeHtml, escapeMarkdown, jsonForScript, markdownCode, scriptText } from '../../src/report/html/escape.ts';

const attack = '<img src=x onerror=alert(1)>';
const breakout = '</script><script>alert(1)</script><!--';

describe('escapeHtml', () => {
  it('turns markup characters into entities', () => {
    expect(escapeHtml(attack)).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeHtml(`"a" & 'b'`)).toBe('&quot;a&quot; &amp; &#39;b&#39;');
  });
});

describe('jsonForScript', () => {
  it('leaves no < > or & that could close the script element or open a comment, and parses back to the same value', () => {
    const value = { name: breakout, other: attack, amp: 'a & b', separators: 'x\u2028y\u2029z' };
    const text = jsonForScript(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('scriptText', () => {
  it('breaks up </script and <!-- in library code', () => {
    const out = scriptText('var a = "</script>"; var b = "<!--"; var c = "</SCRIPT >";');
    expect(out).not.toMatch(/<\/script|<!--/i);
    expect(out).toContain('<\\/script>');
  });
});

describe('escapeMarkdown', () => {
  it('escapes embedded HTML and Markdown punctuation, and keeps a value on one line', () => {
    expect(escapeMarkdown(attack)).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeMarkdown('*bold* _it_ [link](x) `code` | # \\')).toBe('\\*bold\\* \\_it\\_ \\[link\\](x) \\`code\\` \\| \\# \\\\');
    expect(escapeMarkdown('two\nlines')).toBe('two lines');
  });

  it('fences code with more backticks than the code holds', () => {
    expect(markdownCode('a ``` b')).toBe('````\na ``` b\n````');
    expect(markdownCode('plain', 'yaml')).toBe('```yaml\nplain\n```');
  });
});

describe('document blocks', () => {
  it('escape every text field in HTML', () => {
    const html = [
      blockToHtml({ kind: 'paragraph', text: attack }),
      blockToHtml({ kind: 'paragraph', text: `${attack}\nsecond line`, lines: true }),
      blockToHtml({ kind: 'list', items: [attack] }),
      blockToHtml({ kind: 'table', caption: attack, header: [attack], rows: [[attack, attack]] }),
      blockToHtml({ kind: 'code', text: breakout }),
      blockToHtml({ kind: 'details', summary: attack, blocks: [{ kind: 'paragraph', text: attack }] }),
      sectionsToHtml([{ id: '"><img', heading: attack, blocks: [] }]),
    ].join('\n');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('</script>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('escape every text field in Markdown, keeping table cells on one line', () => {
    const md = blockToMarkdown({ kind: 'table', header: ['Name', 'Value'], rows: [[attack, 'a | b\nc']] });
    expect(md).not.toContain('<img');
    expect(md.split('\n')).toHaveLength(3);
    expect(md).toContain('a \\| b c');
  });
});
