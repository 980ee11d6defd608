import ts from "typescript";

/**
 * Small, honest source checks for the guard tests: they parse with the TypeScript compiler, so
 * a guard's name in a comment, a string or an unused import does not count as calling it.
 */

export function parse(fileName: string, source: string): ts.SourceFile {
  const kind = fileName.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  return ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, kind);
}

function hasModifier(node: ts.Node, kind: ts.SyntaxKind): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === kind);
}

/** Local names bound to `names` imported from a module whose specifier satisfies `from`. */
export function importedNames(file: ts.SourceFile, from: (specifier: string) => boolean, names: readonly string[]): Set<string> {
  const local = new Set<string>();
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    if (!from(statement.moduleSpecifier.text)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings) || statement.importClause?.isTypeOnly) continue;
    for (const element of bindings.elements) {
      if (element.isTypeOnly) continue;
      if (names.includes((element.propertyName ?? element.name).text)) local.add(element.name.text);
    }
  }
  return local;
}

/** Does the file start with a "use server" directive (the prologue, not just any string)? */
export function hasUseServerDirective(file: ts.SourceFile): boolean {
  for (const statement of file.statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) return false;
    if (statement.expression.text === "use server") return true;
  }
  return false;
}

/** Top-level `const`/`let`/`var` initialisers and function declarations, by name. */
function topLevelBindings(file: ts.SourceFile) {
  const bindings = new Map<string, ts.Node>();
  for (const statement of file.statements) {
    if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) if (ts.isIdentifier(d.name)) bindings.set(d.name.text, d);
    } else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name) {
      bindings.set(statement.name.text, statement);
    }
  }
  return bindings;
}

/** Every runtime export as [exported name, the node that defines it (undefined when not found)]. */
export function exportedBindings(file: ts.SourceFile): [string, ts.Node | undefined][] {
  const local = topLevelBindings(file);
  const result: [string, ts.Node | undefined][] = [];
  for (const statement of file.statements) {
    if (ts.isExportDeclaration(statement)) {
      if (statement.isTypeOnly) continue;
      // `export * from` / `export { x } from "…"`: what it exports is not in this file.
      if (statement.moduleSpecifier || !statement.exportClause) {
        result.push([statement.getText(file), undefined]);
        continue;
      }
      if (ts.isNamedExports(statement.exportClause)) {
        for (const element of statement.exportClause.elements) {
          if (element.isTypeOnly) continue;
          result.push([element.name.text, local.get((element.propertyName ?? element.name).text)]);
        }
      } else {
        result.push([statement.getText(file), undefined]);
      }
    } else if (ts.isExportAssignment(statement)) {
      result.push(["default", statement.expression]);
    } else if (hasModifier(statement, ts.SyntaxKind.ExportKeyword)) {
      if (ts.isVariableStatement(statement)) {
        for (const d of statement.declarationList.declarations) {
          result.push([ts.isIdentifier(d.name) ? d.name.text : d.name.getText(file), d]);
        }
      } else if (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) {
        const name = hasModifier(statement, ts.SyntaxKind.DefaultKeyword) ? "default" : (statement.name?.text ?? "default");
        result.push([name, statement]);
      }
      // Exported interfaces, type aliases and enums-as-types: no runtime binding worth checking
      // (an exported enum is runtime, so it is reported).
      else if (ts.isEnumDeclaration(statement) || ts.isModuleDeclaration(statement)) result.push([statement.name.getText(file), statement]);
    }
  }
  return result;
}

/** The function a default export stands for (following `export default Name`). */
export function defaultExportFunction(file: ts.SourceFile): ts.Node | undefined {
  const local = topLevelBindings(file);
  const found = exportedBindings(file).find(([name]) => name === "default")?.[1];
  if (found && ts.isIdentifier(found)) return local.get(found.text);
  return found;
}

function unwrap(expression: ts.Expression): ts.Expression {
  let e = expression;
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e) || ts.isTypeAssertionExpression(e)) {
    e = e.expression;
  }
  return e;
}

/** A `const x = callee(...)` declaration whose callee is one of `callees`. */
export function isInitialisedByCall(node: ts.Node | undefined, callees: ReadonlySet<string>): boolean {
  if (!node || !ts.isVariableDeclaration(node) || !node.initializer) return false;
  if (!ts.isVariableDeclarationList(node.parent) || !(node.parent.flags & ts.NodeFlags.Const)) return false;
  const init = unwrap(node.initializer);
  return ts.isCallExpression(init) && ts.isIdentifier(init.expression) && callees.has(init.expression.text);
}

/**
 * Calls to one of `callees` in the body of the function `node` itself: a call inside a nested
 * function (a callback that may never run) does not count.
 */
export function callsWithin(node: ts.Node | undefined, callees: ReadonlySet<string>): ts.CallExpression[] {
  const calls: ts.CallExpression[] = [];
  const visit = (n: ts.Node) => {
    if (n !== node && ts.isFunctionLike(n)) return;
    if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && callees.has(n.expression.text)) calls.push(n);
    n.forEachChild(visit);
  };
  if (node && ts.isFunctionLike(node)) visit(node);
  return calls;
}
