/**
 * Entry files as the catalog writes them, so that a command's edit changes only what it means
 * to: two-space indent, a citation or an attribution on one line, a short list of words on one
 * line.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const MAX_LINE = 100;
const isScalar = (v: Json) => v === null || typeof v !== 'object';

function formatValue(value: Json, indent: string, lead: number): string {
  if (isScalar(value)) return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const oneLine = `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
    if (value.every(isScalar) && lead + oneLine.length <= MAX_LINE) return oneLine;
    return `[\n${value.map((v) => `${inner}${formatValue(v, inner, inner.length)}`).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  if (entries.every(([, v]) => isScalar(v))) return `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(', ')} }`;
  const lines = entries.map(([k, v]) => {
    const key = `${inner}${JSON.stringify(k)}: `;
    return `${key}${formatValue(v, inner, key.length)}`;
  });
  return `{\n${lines.join(',\n')}\n${indent}}`;
}

/** An entry (or any JSON value) as an entry file holds it, with a final newline. */
export function formatEntryJson(value: unknown): string {
  return `${formatValue(value as Json, '', 0)}\n`;
}

/** The span of the value of a top-level key in a JSON object's text, or null when there is no such key. */
function findTopLevelValue(text: string, key: string): { start: number; end: number } | null {
  let depth = 0;
  let keyAt: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      let j = i + 1;
      while (text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const str = JSON.parse(text.slice(i, j + 1)) as string;
      if (depth === 1 && /^\s*:/.test(text.slice(j + 1))) keyAt = str;
      i = j;
    } else if (c === ':' && depth === 1 && keyAt === key) {
      let start = i + 1;
      while (/\s/.test(text[start]!)) start++;
      let end = start;
      let inner = 0;
      for (; end < text.length; end++) {
        const d = text[end]!;
        if (d === '"') {
          end++;
          while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
        } else if (d === '[' || d === '{') inner++;
        else if (d === ']' || d === '}') {
          if (inner === 0) break;
          inner--;
          if (inner === 0) return { start, end: end + 1 };
        } else if (d === ',' && inner === 0) break;
      }
      return { start, end };
    } else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
  }
  return null;
}

/**
 * `text` (an entry file) with the top-level `key` set to `value`, everything else byte for
 * byte as it was; a key the file lacks is added at the end of the object.
 */
export function setTopLevelValue(text: string, key: string, value: unknown): string {
  const rendered = formatValue(value as Json, '  ', `  ${JSON.stringify(key)}: `.length);
  const span = findTopLevelValue(text, key);
  if (span) return text.slice(0, span.start) + rendered + text.slice(span.end);
  const close = text.lastIndexOf('}');
  const before = text.slice(0, close).trimEnd();
  return `${before},\n  ${JSON.stringify(key)}: ${rendered}\n${text.slice(close)}`;
}
