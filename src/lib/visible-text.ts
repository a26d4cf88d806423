/**
 * The text in `src/` that a reader sees, for the spell check (`cspell.config.mjs`): in `.astro`
 * files the template text, the attributes that are read out or shown (`aria-label`, `title`, `alt`,
 * ...) and the string props of components; in `.ts` and in the code of `.astro` files the strings
 * that look like prose. Comments (English, for developers), identifiers, import paths, class
 * names, selectors and keys are left out. Files are read with the parsers that build them
 * (TypeScript, Astro's compiler), so every range points at the exact place in the file.
 */
import ts from 'typescript';
import { parse as parseAstro } from '@astrojs/compiler-rs';

/** A stretch of the file to spell-check, as offsets into the source text. */
export interface TextRange {
  start: number;
  end: number;
}

/** HTML attributes whose value a reader sees or hears. */
const VISIBLE_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-placeholder', 'aria-valuetext', 'title', 'alt', 'placeholder', 'label']);
/** Component props that carry addresses, ids or styling, never text. */
const TECHNICAL_PROPS = /^(class|class:list|id|slot|key|href|src|path|url|for|source|section|kind|data-.*|set:.*|is:.*|client:.*|transition:.*)$/;
/** Calls whose string arguments are selectors, tag, event or attribute names. */
const TECHNICAL_CALLS = new Set(['matchMedia', 'querySelector', 'querySelectorAll', 'closest', 'matches', 'getElementById', 'getElementsByTagName', 'getElementsByTagNameNS', 'getElementsByClassName', 'createElement', 'createElementNS', 'addEventListener', 'removeEventListener', 'getAttribute', 'hasAttribute', 'removeAttribute', 'toggleAttribute', 'setProperty']);
/** Calls whose first argument is a name and whose second may be text (`setAttribute('aria-label', 'Tekst')`). */
const NAMING_CALLS = new Set(['setAttribute', 'dispatchEvent']);
/** Object keys and assigned properties whose value is a class name, selector, type or style, never text. */
const TECHNICAL_KEYS = /^(class|className|type|rel|role|exclude|font\w*|padding\w*|margin\w*|border\w*|background\w*)$/;
const COMPARISONS = new Set(['===', '!==', '==', '!=']);

/**
 * Does a string from code read as text for people? One with a space (a sentence, a label of some
 * words) or a single capitalised word (a button: "Afdrukken"). Lowercase single tokens are left
 * out: in code they are nearly always names (`'click'`, `'checklist-count'`, `'kennisbank:x'`).
 */
export function looksLikeProse(text: string): boolean {
  const trimmed = text.trim();
  if (!/\p{L}\p{L}/u.test(trimmed)) return false;
  if (/\s/.test(trimmed)) return true;
  return /^\p{Lu}\p{Ll}[\p{L}’'-]*[.!?:…]?$/u.test(trimmed);
}

/** Which string arguments of a call are names rather than text (by argument index). */
function technicalArguments(callee: string): (index: number) => boolean {
  if (TECHNICAL_CALLS.has(callee)) return () => true;
  if (NAMING_CALLS.has(callee)) return (index) => index === 0;
  return () => false;
}

export function visibleTextRanges(source: string, fileName: string): TextRange[] {
  if (fileName.endsWith('.astro')) return astroTextRanges(source);
  if (/\.[cm]?ts$/.test(fileName)) return typescriptTextRanges(source, fileName);
  return [];
}

// --- TypeScript ---------------------------------------------------------------------------------

function typescriptTextRanges(source: string, fileName: string): TextRange[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const ranges: TextRange[] = [];
  const isString = (node: ts.Node) => ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node);
  const propertyName = (node: ts.Node) => (ts.isIdentifier(node) || ts.isStringLiteral(node) || ts.isPrivateIdentifier(node) ? node.text : '');
  const visitUnlessString = (node: ts.Node) => {
    if (!isString(node)) visit(node);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isTypeNode(node) || ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isModuleDeclaration(node)) return;
    if (ts.isCallExpression(node)) {
      if (node.expression.kind === ts.SyntaxKind.ImportKeyword) return;
      const callee = ts.isPropertyAccessExpression(node.expression) ? node.expression.name.text : propertyName(node.expression);
      const technical = technicalArguments(callee);
      visit(node.expression);
      node.arguments.forEach((argument, index) => (technical(index) ? visitUnlessString(argument) : visit(argument)));
      return;
    }
    if (ts.isBinaryExpression(node)) {
      const operator = node.operatorToken.getText(file);
      if (COMPARISONS.has(operator)) return [node.left, node.right].forEach(visitUnlessString);
      if (operator === '=' && ts.isPropertyAccessExpression(node.left) && TECHNICAL_KEYS.test(node.left.name.text)) return;
    }
    if (ts.isCaseClause(node)) return node.statements.forEach(visit);
    if (ts.isPropertyAssignment(node)) {
      if (ts.isComputedPropertyName(node.name)) visit(node.name);
      if (!TECHNICAL_KEYS.test(propertyName(node.name))) visit(node.initializer);
      return;
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (looksLikeProse(node.text)) ranges.push({ start: node.getStart(file) + 1, end: node.end - 1 });
      return;
    }
    if (ts.isTemplateExpression(node)) {
      const parts = [node.head, ...node.templateSpans.map((span) => span.literal)];
      if (looksLikeProse(parts.map((part) => part.text).join('0'))) {
        for (const part of parts) ranges.push({ start: part.getStart(file), end: part.end });
      }
      node.templateSpans.forEach((span) => visit(span.expression));
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return ranges;
}

// --- Astro --------------------------------------------------------------------------------------

/** The parts of Astro's ESTree-shaped AST that matter here. */
interface EsNode {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}
type Mode = 'visible' | 'code';

function isNode(value: unknown): value is EsNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** The name of an identifier or a string key: `foo` in `a.foo`, `{ foo: 1 }`, `{ 'foo': 1 }`. */
function keyName(node: unknown): string {
  if (!isNode(node)) return '';
  if (node.type === 'Identifier' || node.type === 'PrivateIdentifier') return String(node['name']);
  if (node.type === 'Literal') return String(node['value']);
  return '';
}

function jsxName(node: unknown): string {
  if (!isNode(node)) return '';
  if (node.type === 'JSXIdentifier') return String(node['name']);
  if (node.type === 'JSXNamespacedName') return `${jsxName(node['namespace'])}:${jsxName(node['name'])}`;
  if (node.type === 'JSXMemberExpression') return `${jsxName(node['object'])}.${jsxName(node['property'])}`;
  return '';
}

function astroTextRanges(source: string): TextRange[] {
  const { ast } = parseAstro(source);
  const ranges: TextRange[] = [];
  const add = (start: number, end: number) => {
    const text = source.slice(start, end);
    const lead = text.length - text.trimStart().length;
    const trimmed = text.trim();
    if (/\p{L}/u.test(trimmed)) ranges.push({ start: start + lead, end: start + lead + trimmed.length });
  };

  const visitAttribute = (attribute: EsNode, element: string) => {
    const name = jsxName(attribute['name']);
    const isComponent = /^[A-Z]/.test(element) || element.includes('.');
    const value = attribute['value'];
    if (isComponent ? TECHNICAL_PROPS.test(name) : !VISIBLE_ATTRIBUTES.has(name)) return;
    visit(value, isComponent ? 'code' : 'visible');
  };

  const visit = (value: unknown, mode: Mode): void => {
    if (Array.isArray(value)) return value.forEach((item) => visit(item, mode));
    if (!isNode(value)) return;
    const node = value;
    switch (node.type) {
      case 'ImportDeclaration':
      case 'ExportAllDeclaration':
      case 'ImportExpression':
        return;
      case 'ExportNamedDeclaration':
        return visit(node['declaration'], mode);
      case 'Property': {
        if (node['computed']) visit(node['key'], mode);
        if (!TECHNICAL_KEYS.test(keyName(node['key']))) visit(node['value'], mode);
        return;
      }
      case 'CallExpression': {
        const callee = node['callee'];
        const technical = technicalArguments(isNode(callee) && callee.type === 'MemberExpression' ? keyName(callee['property']) : keyName(callee));
        visit(callee, mode);
        (node['arguments'] as unknown[]).forEach((argument, index) => (technical(index) ? visitUnlessString(argument) : visit(argument, mode)));
        return;
      }
      case 'BinaryExpression':
        if (COMPARISONS.has(String(node['operator']))) return [node['left'], node['right']].forEach(visitUnlessString);
        break;
      case 'SwitchCase':
        return visit(node['consequent'], mode);
      case 'JSXElement': {
        const opening = node['openingElement'] as EsNode;
        const element = jsxName(opening['name']);
        for (const attribute of opening['attributes'] as EsNode[]) {
          if (attribute.type === 'JSXAttribute') visitAttribute(attribute, element);
        }
        if (element === 'style') return;
        return visit(node['children'], 'visible');
      }
      case 'JSXText':
        return add(node.start, node.end);
      case 'Literal':
        if (typeof node['value'] === 'string' && (mode === 'visible' || looksLikeProse(node['value']))) add(node.start + 1, node.end - 1);
        return;
      case 'TemplateLiteral': {
        const quasis = node['quasis'] as EsNode[];
        const cooked = quasis.map((quasi) => (quasi['value'] as { cooked?: string }).cooked ?? '').join('0');
        if (mode === 'visible' || looksLikeProse(cooked)) quasis.forEach((quasi) => add(quasi.start, quasi.end));
        return visit(node['expressions'], 'code');
      }
    }
    if (node.type.startsWith('TS')) return;
    for (const [key, child] of Object.entries(node)) {
      if (key === 'comments') continue;
      // Inside an expression the text is code again, apart from the elements it returns.
      visit(child, node.type === 'JSXExpressionContainer' || node.type === 'AstroFrontmatter' || node.type === 'AstroScript' ? 'code' : mode);
    }
  };
  const visitUnlessString = (value: unknown) => {
    if (!isNode(value) || !(value.type === 'TemplateLiteral' || (value.type === 'Literal' && typeof value['value'] === 'string'))) visit(value, 'code');
  };
  visit(ast, 'visible');
  return ranges.sort((a, b) => a.start - b.start);
}
