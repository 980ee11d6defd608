/**
 * Reads CSV as RFC 4180 says (what a spreadsheet does): quoted fields may hold commas, doubled
 * quotes and line breaks; records end with CRLF. Throws on a quote where none may be, so a file
 * a spreadsheet would misread fails the test instead of parsing loosely.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = "";
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error("CSV: a quoted field is not closed");
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') break;
        else field += text[i++];
      }
      i++;
    } else {
      while (i < text.length && !/[,\r\n]/.test(text[i])) {
        if (text[i] === '"') throw new Error(`CSV: a quote inside an unquoted field at ${i}`);
        field += text[i++];
      }
    }
    record.push(field);
    if (text[i] === ",") i++;
    else if (text.startsWith("\r\n", i) || i >= text.length) {
      records.push(record);
      record = [];
      i += 2;
    } else throw new Error(`CSV: expected a comma or CRLF at ${i}, found ${JSON.stringify(text[i])}`);
  }
  return records;
}
