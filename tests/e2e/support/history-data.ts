/** What the history fixture writes before the server starts, so the browser tests know what to look for. */
export const REFERENCE = { department: "product", slug: "product-management-leadership" } as const;

export const MANAGER = "manager@example.com";
export const ADMIN = "admin@example.com";

/** The manager's save appends these words to the first requirement of the first level that has one. */
export const MANAGER_TEXT = "across at least two product lines";
/** The admin's save then adds a responsibility to the family. */
export const ADMIN_TEXT = "Reviews every product line's strategy with the executive team each quarter";
