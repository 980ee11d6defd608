import type { z } from "zod";
import { describeNode } from "./schema-walk";

/** A new, empty value of a schema node: what "Add" puts in a list or a missing optional part. */
export function emptyValue(schema: z.ZodType, { present = false } = {}): unknown {
  const node = describeNode(schema);
  if (!present && node.optional) return undefined;
  if (!present && node.nullable) return null;
  switch (node.kind) {
    case "object":
      return Object.fromEntries(
        Object.entries(node.shape)
          .map(([key, child]) => [key, emptyValue(child)])
          .filter(([, value]) => value !== undefined),
      );
    case "array":
      return [];
    case "string":
      return "";
    case "number":
      return 0;
    case "boolean":
      return false;
    case "enum":
      return node.options[0];
    case "literal":
      return node.value;
    case "json":
      return {};
  }
}
