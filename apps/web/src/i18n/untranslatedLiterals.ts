import ts from "typescript";

/** Terms every language writes alike, so a page may show them as they are. */
const universalTerms = new Set(["SHA-256", "GTIN", "GLN", "SSCC", "404"]);

/** Attributes whose values are markup, not words for people. */
const technicalAttribute =
  /^(className|id|key|href|hrefLang|lang|src|role|type|rel|target|viewBox|d|fill|stroke|strokeLinecap|strokeWidth|textAnchor|dominantBaseline|transform|width|height|size|loading|dateTime|method|name|sandbox|referrerPolicy|timeZone|aria-(current|hidden|live|labelledby|busy)|data-[\w-]+)$/;

/** Calls whose string arguments are keys or code, never words shown as they are. */
const technicalCall =
  /^(t|rich|has|getTranslations|useTranslations|titleIn|cbvName|get|set|delete|addEventListener|removeEventListener|Worker|URL|startsWith|replace|join|split|includes|Error)$/;

export type UntranslatedLiteral = { file: string; line: number; text: string };

/**
 * The words a React component shows as written instead of through its catalogue: JSX text and
 * string literals that read as words (a capital or a space), outside imports, comparisons,
 * technical attributes and calls that take keys. A heuristic made to fail on a missed string,
 * e.g. `<p>Sealed</p>` or `flag ? "Revoked" : "Expired"`.
 *
 * @example
 * untranslatedLiterals("ConsumerRecord.tsx", source) // [{ file, line: 42, text: "Sealed" }]
 */
export function untranslatedLiterals(file: string, source: string): UntranslatedLiteral[] {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: UntranslatedLiteral[] = [];
  const report = (node: ts.Node, text: string) => {
    const trimmed = text.trim();
    if (universalTerms.has(trimmed)) return;
    const line = sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    found.push({ file, line, text: trimmed });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isTypeNode(node)) return;
    if (ts.isJsxText(node)) {
      if (/\p{L}{2,}/u.test(node.text)) report(node, node.text);
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (readsAsWords(node.text) && !technical(node)) report(node, node.text);
    } else if (ts.isTemplateExpression(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
      // Between values, a lowercase word is words too: `${min} to ${max}`.
      const between = parts.some((part) => /(^|\s)\p{L}{2,}(\s|$)/u.test(part.trim() === "" ? "" : part));
      if ((readsAsWords(parts.join("…")) || between) && !technical(node)) report(node, parts.join("…"));
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

/**
 * Whether text reads as words for people: outside markup tags and style sheets, and but for the
 * brand's name, a word with a capital or words with a space between.
 */
function readsAsWords(text: string): boolean {
  const shown = text
    .replace(/<style>[\s\S]*?<\/style>/g, " ")
    .replace(/<[^>]*>/g, " ")
    .replace(/\bTracemark\b/g, " ");
  return /\p{L}{2,}/u.test(shown) && (/^\s*\p{Lu}/u.test(shown) || /\p{L}\s+\p{L}/u.test(shown));
}

function technical(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isJsxAttribute(parent)) return technicalAttribute.test(parent.name.getText());
  if (ts.isJsxExpression(parent) && ts.isJsxAttribute(parent.parent)) {
    return technicalAttribute.test(parent.parent.name.getText());
  }
  if (ts.isBinaryExpression(parent)) {
    const op = parent.operatorToken.kind;
    return [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(op);
  }
  if (ts.isCallExpression(parent) || ts.isNewExpression(parent)) {
    const callee = parent.expression;
    const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : callee.getText();
    return technicalCall.test(name);
  }
  if (ts.isPropertyAssignment(parent)) {
    if (parent.name === node) return true;
    // A catalogue's namespace; an HTTP header's value (a quoted name); details for experts, which
    // stay in English like the SDK's reasons they sit beside.
    return ts.isStringLiteral(parent.name) || ["namespace", "detail", "vary"].includes(parent.name.getText());
  }
  if (ts.isVariableDeclaration(parent) && /css|style/i.test(parent.name.getText())) return true;
  if (ts.isElementAccessExpression(parent)) return true;
  if (ts.isCaseClause(parent)) return true;
  // A directive such as "use client", or a literal type.
  if (ts.isExpressionStatement(parent) || ts.isLiteralTypeNode(parent)) return true;
  return false;
}
