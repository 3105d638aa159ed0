/**
 * XML text for attribute values and element content. Titles and abstracts come from user files, so
 * anything may be in them: markup characters are escaped, and characters XML 1.0 cannot carry at all
 * (most C0 controls, U+FFFE/U+FFFF, unpaired surrogates) are dropped, or the file would not parse.
 */
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // Attribute-value normalisation would turn these into spaces; as references they survive a round trip.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

export function xmlEscape(text: string): string {
  return text.replace(NOT_XML_CHAR, '').replace(/[&<>"'\t\n\r]/g, (c) => ESCAPES[c]!);
}
