import { z } from "zod";

/**
 * What a node of the document schema is, with its optional/nullable wrappers taken off. The edit
 * form and the form-data reader both walk `jobFamilySchema` through this, so a field added to the
 * schema appears in the form and is read back from it without a second list of fields.
 */
export type SchemaNode =
  | { kind: "object"; shape: Record<string, z.ZodType>; nullable: boolean; optional: boolean }
  | { kind: "array"; element: z.ZodType; nullable: boolean; optional: boolean }
  | { kind: "string"; markdown: boolean; nullable: boolean; optional: boolean }
  | { kind: "number" | "boolean" | "json"; nullable: boolean; optional: boolean }
  | { kind: "enum"; options: string[]; nullable: boolean; optional: boolean }
  | { kind: "literal"; value: unknown; nullable: boolean; optional: boolean };

type Def = { type: string; innerType?: z.ZodType; element?: z.ZodType; entries?: Record<string, string>; values?: unknown[]; getter?: () => z.ZodType; in?: z.ZodType };

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

export function describeNode(schema: z.ZodType): SchemaNode {
  let nullable = false;
  let optional = false;
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (def.type === "nullable") nullable = true;
    else if (def.type === "optional" || def.type === "default") optional = true;
    else if (def.type === "lazy") {
      current = def.getter!();
      continue;
    } else if (def.type === "pipe") {
      current = def.in!;
      continue;
    } else break;
    current = def.innerType!;
  }
  const def = defOf(current);
  switch (def.type) {
    case "object":
      return { kind: "object", shape: (current as unknown as z.ZodObject).shape as Record<string, z.ZodType>, nullable, optional };
    case "array":
      return { kind: "array", element: def.element!, nullable, optional };
    case "string":
      return { kind: "string", markdown: z.globalRegistry.get(current)?.format === "markdown", nullable, optional };
    case "number":
    case "boolean":
      return { kind: def.type, nullable, optional };
    case "enum":
      return { kind: "enum", options: Object.values(def.entries ?? {}), nullable, optional };
    case "literal":
      return { kind: "literal", value: def.values?.[0], nullable, optional };
    default:
      // Records, free JSON and anything else without a fixed shape: edited as JSON text.
      return { kind: "json", nullable, optional };
  }
}

/** "performanceIndicators" → "Performance indicators": labels come from the schema's own keys. */
export function labelFor(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
