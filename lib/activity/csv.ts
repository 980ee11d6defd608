/**
 * CSV that spreadsheets open correctly: a UTF-8 byte-order mark (Excel otherwise guesses the
 * legacy code page and mangles "→" and accents), a header row, every field quoted with inner
 * quotes doubled, CRLF line ends (RFC 4180). A field that starts like a formula (= + - @) is
 * prefixed with an apostrophe so a spreadsheet shows it instead of running it.
 */
export const BOM = "\uFEFF";

function field(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return BOM + [header, ...rows].map((row) => row.map(field).join(",")).join("\r\n") + "\r\n";
}
