const HAS_EASTERN_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/;
const EASTERN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** Arabic-Indic (٠-٩) and Persian (۰-۹) digits to ASCII, one unit for one unit so offsets survive. */
export function asciiDigits(text: string): string {
  // Most text has none: answer without building a new string.
  if (!HAS_EASTERN_DIGIT.test(text)) return text;
  return text.replace(EASTERN_DIGITS, (d) => {
    const c = d.charCodeAt(0);
    return String(c >= 0x06f0 ? c - 0x06f0 : c - 0x0660);
  });
}
