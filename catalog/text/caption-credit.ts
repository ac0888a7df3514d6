/**
 * A photo credit at the end of a caption, as printed: "[YONHAP]", "[KCNA/Reuters]",
 * "(Korean Central News Agency/Korea News Service via AP)", "— Reuters". The credit names who
 * supplied the photo, so a fact taken from a caption is shown with it.
 */
const CREDIT = /(?:\[([^\][]{1,80})\]|\(([^()]{1,120}\b(?:via|AP|Reuters|AFP|Getty|Yonhap|KCNA|EPA|Photo)\b[^()]{0,60})\)|\s[—–]\s([^—–]{1,60}))\s*$/u;

/** The credit that ends a caption's text, without its brackets, or `undefined` when it has none. */
export function captionCredit(text: string): string | undefined {
  const m = CREDIT.exec(text.trimEnd());
  return m ? (m[1] ?? m[2] ?? m[3])!.trim() : undefined;
}
