/**
 * Text widths for Vega in Node. With no canvas, Vega guesses 0.8 em per
 * character, far wider than DejaVu Sans (about 0.6 em), which leaves wide
 * empty margins and truncates labels early. These are DejaVu Sans's own
 * advance widths (thousandths of an em, read from the font's hmtx table)
 * for printable ASCII, so layout in Node matches what resvg then draws.
 */

// prettier-ignore
const regular = [318,401,460,838,636,950,780,275,390,390,500,838,318,361,318,337,636,636,636,636,636,636,636,636,636,636,337,337,838,838,838,531,1000,684,686,698,770,632,575,775,752,295,295,656,557,863,748,787,603,787,695,635,611,732,684,989,685,611,685,390,337,390,838,500,500,613,635,550,635,615,352,635,634,278,278,579,278,974,634,612,635,635,411,521,392,634,592,818,592,592,525,636,337,636,838];
// prettier-ignore
const bold = [348,456,521,838,696,1002,872,306,457,457,523,838,380,415,380,365,696,696,696,696,696,696,696,696,696,696,400,400,838,838,838,580,1000,774,762,734,830,683,683,821,837,372,372,775,637,995,837,850,733,850,770,720,682,812,774,1103,771,724,725,457,365,457,838,500,500,675,716,593,716,678,435,716,712,343,343,665,343,1042,712,687,716,716,493,595,478,712,652,924,645,652,582,712,365,712,838];

/** A few non-ASCII characters the report writes (quotes, dashes, minus), [regular, bold]. */
const extra: Record<string, [number, number]> = { '“': [518, 657], '”': [518, 657], '‘': [318, 380], '’': [318, 380], '–': [500, 500], '—': [1000, 1000], '−': [838, 838], '…': [1000, 1000], '×': [838, 838], '£': [636, 696] };

/** Width in pixels of `text` in DejaVu Sans at `size` pixels. */
export function dejaVuWidth(text: string, size: number, isBold = false): number {
  let thousandths = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const table = isBold ? bold : regular;
    thousandths += code >= 32 && code < 127 ? table[code - 32] : (extra[ch]?.[isBold ? 1 : 0] ?? (isBold ? 700 : 620));
  }
  return (thousandths / 1000) * size;
}

interface TextItem {
  text?: unknown;
  fontSize?: number;
  fontWeight?: string | number;
}

/** Vega's `textMetrics.width(item, text)` with DejaVu Sans widths. */
export function vegaTextWidth(item: TextItem, text?: unknown): number {
  const value = text ?? item.text ?? '';
  const line = Array.isArray(value) ? value.join(' ') : String(value);
  const weight = item.fontWeight;
  const isBold = weight === 'bold' || weight === 'bolder' || (typeof weight === 'number' && weight >= 600) || Number(weight) >= 600;
  return dejaVuWidth(line, item.fontSize ?? 11, isBold);
}
