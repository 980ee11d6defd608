import { ImportError } from "./import-error";

/**
 * The file as text with "\n" line ends. Bytes must be UTF-8 and free of NUL: anything else is a
 * binary or mis-encoded file, and importing it would store garbage the editors cannot fix.
 */
export function sourceText(source: string | Uint8Array, file: string): string {
  let text: string;
  if (typeof source === "string") {
    text = source;
  } else {
    const bad = firstInvalidUtf8(source);
    if (bad >= 0) {
      const hex = source[bad].toString(16).toUpperCase().padStart(2, "0");
      throw new ImportError(file, lineOfByte(source, bad), `not UTF-8 text (byte 0x${hex} is not valid UTF-8)`);
    }
    text = new TextDecoder("utf-8").decode(source);
  }
  const nul = text.indexOf("\u0000");
  if (nul >= 0) {
    throw new ImportError(file, lineOfIndex(text, nul), "not text: contains a NUL character (a binary file?)");
  }
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

export function lineOfIndex(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 0x0a) line++;
  return line;
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
    if (code < min || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return i;
    i += need + 1;
  }
  return -1;
}
