/**
 * A small document model for the report's words, written out as HTML (for
 * report.html) or Markdown (for methods.md) from the same blocks, so the
 * two never drift apart and escaping happens in one place: every string in
 * a block is text, except a figure's SVG, which the report makes itself.
 */
import { escapeHtml, escapeMarkdown, markdownCode } from './html/escape.ts';

export type Block =
  /** A paragraph; with `lines`, its line breaks are kept (descriptions from scenario files). */
  | { kind: 'paragraph'; text: string; lines?: boolean }
  | { kind: 'list'; items: string[]; ordered?: boolean }
  /** A table; `layout` names a fixed column layout in the style sheet (for wide text tables). */
  | { kind: 'table'; header: string[]; rows: string[][]; caption?: string; numeric?: boolean[]; layout?: 'parameters' }
  | { kind: 'code'; text: string; language?: string }
  /** An SVG the report drew (trusted), with the Markdown that stands for it. */
  | { kind: 'figure'; svg: string; markdown: string; caption: string }
  | { kind: 'details'; summary: string; blocks: Block[] };

export interface Section {
  id: string;
  heading: string;
  blocks: Block[];
  sections?: Section[];
}

export const paragraph = (text: string): Block => ({ kind: 'paragraph', text });

// 1. HTML

export function sectionsToHtml(sections: readonly Section[], level = 2): string {
  return sections.map((s) => sectionToHtml(s, level)).join('\n');
}

function sectionToHtml(section: Section, level: number): string {
  const h = `h${Math.min(level, 6)}`;
  const body = section.blocks.map(blockToHtml).join('\n');
  const inner = sectionsToHtml(section.sections ?? [], level + 1);
  return `<section id="${escapeHtml(section.id)}">\n<${h}>${escapeHtml(section.heading)}</${h}>\n${body}\n${inner}</section>`;
}

export function blockToHtml(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return block.lines === true ? `<p class="description">${escapeHtml(block.text)}</p>` : `<p>${escapeHtml(block.text)}</p>`;
    case 'list': {
      const tag = block.ordered === true ? 'ol' : 'ul';
      return `<${tag}>\n${block.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('\n')}\n</${tag}>`;
    }
    case 'table':
      return tableToHtml(block);
    case 'code':
      return `<pre><code>${escapeHtml(block.text)}</code></pre>`;
    case 'figure':
      return `<figure class="diagram">${block.svg}<figcaption>${escapeHtml(block.caption)}</figcaption></figure>`;
    case 'details':
      return `<details>\n<summary>${escapeHtml(block.summary)}</summary>\n${block.blocks.map(blockToHtml).join('\n')}\n</details>`;
  }
}

function tableToHtml(table: Extract<Block, { kind: 'table' }>): string {
  const num = (i: number) => (table.numeric?.[i] === true ? ' class="num"' : '');
  const head = `<tr>${table.header.map((h, i) => `<th scope="col"${num(i)}>${escapeHtml(h)}</th>`).join('')}</tr>`;
  const rows = table.rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${escapeHtml(c)}</th>` : `<td${num(i)}>${escapeHtml(c)}</td>`)).join('')}</tr>`);
  const caption = table.caption === undefined ? '' : `<caption>${escapeHtml(table.caption)}</caption>`;
  const cls = table.layout === undefined ? '' : ` class="${table.layout}"`;
  return `<div class="table-wrap"><table${cls}>${caption}<thead>${head}</thead><tbody>\n${rows.join('\n')}\n</tbody></table></div>`;
}

// 2. Markdown

export function sectionsToMarkdown(sections: readonly Section[], level = 2): string {
  return sections.map((s) => sectionToMarkdown(s, level)).join('\n\n');
}

function sectionToMarkdown(section: Section, level: number): string {
  const parts = [`${'#'.repeat(Math.min(level, 6))} ${escapeMarkdown(section.heading)}`, ...section.blocks.map(blockToMarkdown)];
  if (section.sections !== undefined && section.sections.length > 0) parts.push(sectionsToMarkdown(section.sections, level + 1));
  return parts.join('\n\n');
}

export function blockToMarkdown(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return block.lines === true ? block.text.split(/\r?\n/).map(escapeMarkdown).join('  \n') : escapeMarkdown(block.text);
    case 'list':
      return block.items.map((item, i) => `${block.ordered === true ? `${i + 1}.` : '-'} ${escapeMarkdown(item)}`).join('\n');
    case 'table': {
      const row = (cells: readonly string[]) => `| ${cells.map(escapeMarkdown).join(' | ')} |`;
      const rule = `|${block.header.map((_, i) => (block.numeric?.[i] === true ? ' ---: ' : ' --- ')).join('|')}|`;
      const caption = block.caption === undefined ? [] : [`*${escapeMarkdown(block.caption)}*`, ''];
      return [...caption, row(block.header), rule, ...block.rows.map(row)].join('\n');
    }
    case 'code':
      return markdownCode(block.text, block.language);
    case 'figure':
      return `${block.markdown}\n\n*${escapeMarkdown(block.caption)}*`;
    case 'details':
      return [`**${escapeMarkdown(block.summary)}**`, ...block.blocks.map(blockToMarkdown)].join('\n\n');
  }
}
