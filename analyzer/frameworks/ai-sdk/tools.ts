import ts from '../../typescript.cjs';
import type { FunctionNode } from '../../callgraph/function-node.js';
import type { Component } from '../../components/component.js';
import type { AdapterContext } from '../framework-adapter.js';
import { option, optionEntries, optionsObject, optionValue, returnedExpressions, valueOf } from './option-values.js';
import { noteCheckerFault } from '../../program/checker-faults.js';

/** A `tool({...})` (or `dynamicTool`) call: a tool component, named by its key in a `tools` record. */
export interface AiSdkTool {
  component: Component;
  call: ts.CallExpression;
  options: ts.ObjectLiteralExpression | undefined;
  /** Runs when the model calls the tool: the component's entry. */
  execute: FunctionNode | undefined;
  /** The `inputSchema` text; null when the tool declares none. */
  contract: string | null;
}

/** A `tools: {...}` record on a model call or an agent: which tool each key is. */
export interface ToolSetEntry {
  key: string;
  node: ts.ObjectLiteralElementLike;
  tool: AiSdkTool;
}

/**
 * Tools have no name of their own: the model knows a tool by its key in the first `tools`
 * record that lists it; one never listed keeps the name of its variable.
 */
export function registerTools(context: AdapterContext, toolCalls: readonly ts.CallExpression[], toolRecords: readonly ts.ObjectLiteralExpression[]): Map<ts.Node, AiSdkTool> {
  const keys = new Map<ts.Node, string>();
  for (const record of toolRecords) {
    for (const entry of optionEntries(record)) {
      const value = ts.isMethodDeclaration(entry.value) ? undefined : valueOf(context.checker, entry.value);
      if (value && !keys.has(value)) keys.set(value, entry.key);
    }
  }
  const tools = new Map<ts.Node, AiSdkTool>();
  for (const call of toolCalls) {
    const options = optionsObject(context.checker, call.arguments[0]);
    const execute = functionOfOption(context, options, 'execute');
    const component = context.addComponent({ kind: 'tool', name: keys.get(call) ?? variableName(call) ?? 'tool', node: call, framework: 'ai-sdk', entry: execute });
    const schema = optionValue(options, 'inputSchema');
    tools.set(call, { component, call, options, execute, contract: schema ? schema.getText() : null });
  }
  return tools;
}

/** The tools a `tools` option lists, in order; entries that are not tools of this program (provider tools) are left out. */
export function toolSet(context: AdapterContext, tools: ReadonlyMap<ts.Node, AiSdkTool>, record: ts.ObjectLiteralExpression | undefined): ToolSetEntry[] {
  if (!record) return [];
  return optionEntries(record).flatMap((entry) => {
    const value = ts.isMethodDeclaration(entry.value) ? undefined : valueOf(context.checker, entry.value);
    const tool = value && tools.get(value);
    return tool ? [{ key: entry.key, node: entry.node, tool }] : [];
  });
}

/** The `tools` record of a call's or constructor's options, when written as an object literal. */
export function toolsRecord(context: AdapterContext, options: ts.ObjectLiteralExpression | undefined): ts.ObjectLiteralExpression | undefined {
  return optionsObject(context.checker, optionValue(options, 'tools'));
}

/**
 * The `tools` records an agent is given: in its settings, and in what its `prepareCall` returns
 * (per-call settings; `prepareStep` can only narrow them with `activeTools`).
 */
export function agentToolRecords(context: AdapterContext, options: ts.ObjectLiteralExpression | undefined): ts.ObjectLiteralExpression[] {
  const prepareCall = functionOfOption(context, options, 'prepareCall');
  const prepared = prepareCall && !ts.isSourceFile(prepareCall.decl) ? returnedExpressions(prepareCall.decl).map((e) => toolsRecord(context, optionsObject(context.checker, e))) : [];
  return [toolsRecord(context, options), ...prepared].filter((record) => record !== undefined);
}

/** The project function an option holds: an inline function, a method, or a reference to a declared one. */
export function functionOfOption(context: AdapterContext, options: ts.ObjectLiteralExpression | undefined, key: string): FunctionNode | undefined {
  const value = option(options, key)?.value;
  if (!value) return undefined;
  if (ts.isMethodDeclaration(value)) return context.graph.functionOf(value);
  return context.functionOf(value) ?? context.functionOf(valueOf(context.checker, value)) ?? declaredFunction(context, value);
}

/** `{ execute }` naming a function declaration: the shorthand's value symbol, not the property's. */
function declaredFunction(context: AdapterContext, value: ts.Expression): FunctionNode | undefined {
  if (!ts.isIdentifier(value) || !ts.isShorthandPropertyAssignment(value.parent)) return undefined;
  try {
    let symbol = context.checker.getShorthandAssignmentValueSymbol(value.parent);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = context.checker.getAliasedSymbol(symbol);
    const declaration = symbol?.valueDeclaration;
    return declaration ? context.graph.functionOf(declaration) : undefined;
  } catch (error) {
    noteCheckerFault(context.checker, error, value);
    return undefined;
  }
}

/**
 * The name the code gives a component it makes: the variable, property or class field it is
 * assigned to, else the named function that returns it (a factory `createWeatherAgent()`).
 */
export function variableName(node: ts.Node): string | undefined {
  let current = node.parent;
  while (current && (ts.isParenthesizedExpression(current) || ts.isAsExpression(current) || ts.isSatisfiesExpression(current) || ts.isAwaitExpression(current))) current = current.parent;
  if (!current) return undefined;
  if ((ts.isVariableDeclaration(current) || ts.isPropertyAssignment(current) || ts.isPropertyDeclaration(current)) && current.initializer !== undefined) return declaredName(current.name);
  if (ts.isBinaryExpression(current) && current.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
    const target = current.left;
    if (ts.isIdentifier(target)) return target.text;
    if (ts.isPropertyAccessExpression(target)) return target.name.text;
  }
  const returning = ts.isReturnStatement(current) ? current.parent && ts.findAncestor(current, ts.isFunctionLike) : ts.isArrowFunction(current) ? current : undefined;
  if (returning) return functionName(returning);
  return undefined;
}

function declaredName(name: ts.PropertyName | ts.BindingName): string | undefined {
  return ts.isIdentifier(name) || ts.isStringLiteralLike(name) || ts.isPrivateIdentifier(name) ? name.text : undefined;
}

function functionName(fn: ts.SignatureDeclaration): string | undefined {
  if ((ts.isFunctionDeclaration(fn) || ts.isMethodDeclaration(fn) || ts.isFunctionExpression(fn)) && fn.name) return declaredName(fn.name);
  const holder = fn.parent;
  return holder && (ts.isVariableDeclaration(holder) || ts.isPropertyAssignment(holder) || ts.isPropertyDeclaration(holder)) ? declaredName(holder.name) : undefined;
}
