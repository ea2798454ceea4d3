import ts from '../../typescript.cjs';
import { isModuleNode, type FunctionNode } from '../../callgraph/function-node.js';
import { skipOuterExpressions } from '../../callgraph/resolve-callee.js';
import type { Component } from '../../components/component.js';
import type { AdapterContext, FrameworkCall } from '../framework-adapter.js';
import { knownString } from '../known-string.js';
import { optionValue } from './graph-builders.js';
import { LANGCHAIN_CORE_PACKAGE } from './langgraph-declarations.js';
import { noteCheckerFault } from '../../program/checker-faults.js';

/** A LangChain tool: its component, the function that runs when the model calls it, and its schema. */
export interface LangChainTool {
  component: Component;
  execute?: FunctionNode;
  /** The schema's text (the tool's contract); `string` for a string-input tool; null when none is declared. */
  contract: string | null;
  /** Where it is made: the `tool(...)`/`new DynamicStructuredTool(...)` call, or the class. */
  definition: ts.Node;
}

/** Tool classes of `@langchain/core/tools` a project class may extend. */
const TOOL_BASES = new Set(['StructuredTool', 'Tool', 'DynamicStructuredTool', 'DynamicTool']);

/**
 * LangChain tools (DESIGN.md §3): `tool(fn, { name, schema })`, `new DynamicStructuredTool({ name,
 * schema, func })`, `new DynamicTool({ name, func })` and project classes extending `StructuredTool`
 * or `Tool` (entry `_call`). The schema is the contract.
 */
export function findLangChainTools(context: AdapterContext, calls: readonly FrameworkCall[]): LangChainTool[] {
  const tools: LangChainTool[] = [];
  for (const { call, resolved } of calls) {
    if (resolved.packageName !== LANGCHAIN_CORE_PACKAGE) continue;
    const name = resolved.name.replace(/\$\d+$/, '');
    if (ts.isCallExpression(call) && name === 'tool') {
      const [fn, fields] = call.arguments;
      tools.push(addTool(context, call, context.functionOf(fn), fields, 'schema'));
    } else if (ts.isNewExpression(call) && (name === 'DynamicStructuredTool' || name === 'DynamicTool')) {
      const options = call.arguments?.[0];
      const tool = addTool(context, call, context.functionOf(optionValue(options, 'func')), options, name === 'DynamicTool' ? undefined : 'schema');
      tools.push(tool);
    }
  }
  for (const sourceFile of context.files) {
    const visit = (node: ts.Node): void => {
      if (ts.isClassLike(node) && extendsTool(context, node)) tools.push(addToolClass(context, node));
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return tools;
}

/**
 * Edges into tools: from the function that builds a tool (a node building it inline), or, when a
 * factory builds it, from each call of the factory (`createApplyPatchTool(state, config)`: its
 * arguments are what the tool is given); and from each function that uses a tool built elsewhere.
 */
/** `listed`: tool references that are entries of an agent's `tools`, whose edges start at the agent. */
export function addToolEdges(context: AdapterContext, tools: readonly LangChainTool[], listed: ReadonlySet<ts.Node>): void {
  for (const tool of tools) {
    if (ts.isClassLike(tool.definition)) continue;
    const builder = context.graph.enclosingFunction(tool.definition);
    if (isModuleNode(builder)) continue;
    const factoryCalls = isFactory(context, builder) ? context.graph.incoming(builder).filter((edge) => edge.kind === 'call') : [];
    if (factoryCalls.length > 0) {
      for (const edge of factoryCalls) {
        context.addEdge({ from: edge.caller, to: tool.component, kind: 'tool', site: edge.call, delegation: true, args: edge.args, receiver: builder, contract: tool.contract });
      }
    } else {
      context.addEdge({ from: builder, to: tool.component, kind: 'tool', site: tool.definition, delegation: true, receiver: tool.execute, contract: tool.contract });
    }
  }
  // A tool made at module level reaches the model through the functions that use it (`model.bindTools([search])`).
  const moduleTools = new Map<string, LangChainTool[]>();
  for (const tool of tools) {
    const holder = ts.isClassLike(tool.definition) ? tool.definition.name?.text : isModuleNode(context.graph.enclosingFunction(tool.definition)) ? holderName(tool.definition) : undefined;
    if (holder) moduleTools.set(holder, [...(moduleTools.get(holder) ?? []), tool]);
  }
  if (moduleTools.size === 0) return;
  const seen = new Set<string>();
  for (const sourceFile of context.files) {
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node) && moduleTools.has(node.text) && !isDeclarationName(node) && !listed.has(node)) {
        const tool = langChainToolOf(context, moduleTools.get(node.text)!, node);
        const user = tool ? context.graph.enclosingFunction(node) : undefined;
        const key = tool && user ? `${user.index}:${tool.component.name}:${tool.definition.pos}` : '';
        if (tool && user && !isModuleNode(user) && !within(node, tool.definition) && !seen.has(key)) {
          seen.add(key);
          context.addEdge({ from: user, to: tool.component, kind: 'tool', site: node, delegation: true, receiver: tool.execute, contract: tool.contract });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
}

/** The LangChain tool an expression denotes: a tool value, or an instance of a tool class (`new SearchTool()`). */
export function langChainToolOf(context: AdapterContext, tools: readonly LangChainTool[], expression: ts.Expression | undefined): LangChainTool | undefined {
  const component = context.componentOf(expression);
  const direct = component && tools.find((t) => t.component === component);
  if (direct) return direct;
  // A tool class, named (`new ReadFileTool()`, `ReadFileTool`) rather than held.
  const inner = skipOuterExpressions(expression);
  const named = inner && ts.isNewExpression(inner) ? inner.expression : inner;
  const declaration = named && (ts.isIdentifier(named) || ts.isPropertyAccessExpression(named)) ? context.resolve(named)?.declaration : undefined;
  return declaration ? tools.find((t) => t.definition === declaration) : undefined;
}

function addTool(context: AdapterContext, call: ts.CallExpression | ts.NewExpression, execute: FunctionNode | undefined, fields: ts.Expression | undefined, schemaKey: string | undefined): LangChainTool {
  const name = stringOption(context, fields, 'name') ?? holderName(call) ?? execute?.name ?? 'tool';
  const component = context.addComponent({ kind: 'tool', name, node: call, framework: 'langgraph', entry: execute });
  return { component, execute, contract: schemaKey ? schemaOf(context, fields, schemaKey) : 'string', definition: call };
}

function addToolClass(context: AdapterContext, declaration: ts.ClassLikeDeclaration): LangChainTool {
  const member = (key: string) =>
    declaration.members.find((m) => m.name && (ts.isIdentifier(m.name) || ts.isStringLiteral(m.name)) && m.name.text === key);
  const property = (key: string) => {
    const found = member(key);
    return found && ts.isPropertyDeclaration(found) ? found.initializer : undefined;
  };
  const call = member('_call');
  const execute = call ? context.graph.functionOf(call) : undefined;
  const name = knownString(context.checker, property('name')) ?? declaration.name?.text ?? 'tool';
  const schema = property('schema');
  const component = context.addComponent({ kind: 'tool', name, node: declaration, framework: 'langgraph', entry: execute });
  const stringInput = !schema && baseName(context, declaration) === 'Tool';
  return { component, execute, contract: schema ? schema.getText() : stringInput ? 'string' : null, definition: declaration };
}

function extendsTool(context: AdapterContext, declaration: ts.ClassLikeDeclaration): boolean {
  const base = baseName(context, declaration);
  return base !== undefined && TOOL_BASES.has(base);
}

function baseName(context: AdapterContext, declaration: ts.ClassLikeDeclaration): string | undefined {
  const heritage = declaration.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
  const resolved = heritage ? context.resolve(heritage.expression) : undefined;
  return resolved?.packageName === LANGCHAIN_CORE_PACKAGE ? resolved.name.replace(/\$\d+$/, '') : undefined;
}

/** The schema option's text: written in the literal, or a property of the fields object built elsewhere. */
function schemaOf(context: AdapterContext, fields: ts.Expression | undefined, key: string): string | null {
  const value = optionValue(fields, key);
  if (value) return value.getText();
  if (!fields) return null;
  try {
    const type = context.checker.getTypeAtLocation(fields);
    return type.getProperty(key) ? `${fields.getText()}.${key}` : null;
  } catch (error) {
    noteCheckerFault(context.checker, error, fields);
    return null;
  }
}

/** A string option: a literal, or a value (also of a fields object built elsewhere) typed as one string literal. */
function stringOption(context: AdapterContext, fields: ts.Expression | undefined, key: string): string | undefined {
  const value = optionValue(fields, key);
  if (value) return knownString(context.checker, value);
  if (!fields) return undefined;
  try {
    const property = context.checker.getTypeAtLocation(fields).getProperty(key);
    const type = property && context.checker.getTypeOfSymbolAtLocation(property, fields);
    return type?.isStringLiteral() ? type.value : undefined;
  } catch (error) {
    noteCheckerFault(context.checker, error, fields);
    return undefined;
  }
}

/** A function that builds tools for its callers to use: not itself a framework entry, and called from project code. */
function isFactory(context: AdapterContext, fn: FunctionNode): boolean {
  return fn.named && context.graph.incoming(fn).some((edge) => edge.kind === 'call');
}

/** The variable a tool is assigned to (`const searchTool = tool(...)`). */
function holderName(node: ts.Node): string | undefined {
  let current = node;
  while (current.parent && (ts.isParenthesizedExpression(current.parent) || ts.isAsExpression(current.parent) || ts.isSatisfiesExpression(current.parent))) current = current.parent;
  const parent = current.parent;
  return parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name) ? parent.name.text : undefined;
}

function isDeclarationName(identifier: ts.Identifier): boolean {
  const parent = identifier.parent;
  return (ts.isVariableDeclaration(parent) && parent.name === identifier) || ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent) || ts.isImportClause(parent);
}

function within(node: ts.Node, container: ts.Node): boolean {
  return node.getSourceFile() === container.getSourceFile() && node.pos >= container.pos && node.end <= container.end;
}
