/** Arabic-Indic (٠-٩) and Persian (۰-۹) digits to ASCII, one unit for one unit so offsets survive. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
    const c = d.charCodeAt(0);
    return String(c >= 0x06f0 ? c - 0x06f0 : c - 0x0660);
  });
}
