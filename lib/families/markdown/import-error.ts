/** A file the importer cannot take, with the 1-based line where it goes wrong. */
export class ImportError extends Error {
  constructor(
    public file: string,
    public line: number,
    public reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
    this.name = "ImportError";
  }
}
