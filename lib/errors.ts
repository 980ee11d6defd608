/**
 * The few ways a request can fail that a user should hear about. Routes, actions and the CLI turn
 * them into a page, an HTTP status or an exit code in one place each; anything else is a bug.
 */
export type FieldIssue = { path: string; message: string };

export class LadderError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
  ) {
    super(message);
    this.name = new.target.name;
  }

  /** What a client needs besides the message (field paths, revision numbers); shown in API errors. */
  get details(): Record<string, unknown> | undefined {
    return undefined;
  }
}

export class NotFoundError extends LadderError {
  constructor(message = "Not found") {
    super(message, 404, "not_found");
  }
}

export class UnauthenticatedError extends LadderError {
  constructor(message = "Sign in first") {
    super(message, 401, "unauthenticated");
  }
}

export class ForbiddenError extends LadderError {
  constructor(message = "You do not have permission to do this") {
    super(message, 403, "forbidden");
  }
}

/** Someone saved the family after the revision this edit was based on. */
export class ConflictError extends LadderError {
  constructor(
    readonly baseRevision: number | null,
    readonly currentRevision: number,
  ) {
    super(
      `Conflict: this edit is based on revision ${baseRevision ?? "none"}, but revision ${currentRevision} ` +
        `has been saved since. Review the newer revision and apply your change to it.`,
      409,
      "conflict",
    );
  }

  override get details(): Record<string, unknown> | undefined {
    return { baseRevision: this.baseRevision, currentRevision: this.currentRevision };
  }
}

export class InvalidError extends LadderError {
  constructor(
    readonly issues: FieldIssue[],
    message = `Invalid input: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`,
  ) {
    super(message, 422, "invalid");
  }

  override get details() {
    return { issues: this.issues };
  }
}

/** A file would be imported into a family that was imported from another file (two pages, one family). */
export class SourceConflictError extends LadderError {
  constructor(
    readonly family: string,
    readonly storedPath: string,
    readonly incomingPath: string,
  ) {
    super(`${family} was imported from ${storedPath}, not from ${incomingPath}`, 409, "conflict");
  }
}

/**
 * The database is not answering (a restart, a network blip): nothing is wrong with the request,
 * so it is a 503 with a Retry-After, and never the driver's own words, which name internals.
 */
export class UnavailableError extends LadderError {
  constructor(readonly retryAfterSeconds: number) {
    super(`Ladder's database is not answering right now. Try again in ${retryAfterSeconds} seconds.`, 503, "unavailable");
  }
}
