import ts from '../typescript.cjs';
import { packageOf } from '../frameworks/resolved-declaration.js';

/** Packages of agent frameworks and model SDKs: their classes and interfaces are machinery (DESIGN.md §3). */
const MACHINERY_PACKAGE = /^(?:@langchain\/[^/]+|langchain|openai|@anthropic-ai\/[^/]+|@google\/genai|@google\/generative-ai|@openai\/agents(?:-[a-z]+)?|@mastra\/[^/]+|ai|@ai-sdk\/[^/]+)$/;

/**
 * A value whose type a framework or SDK package declares (a chat model, a client, a compiled
 * graph, a tool, an agent): machinery, not data. It is never a context and its internals
 * (`lc_secrets`, `lc_kwargs`) never count as exposure. Plain data shapes the packages declare
 * (messages, options) are not classes with behaviour, and framework contexts are asked about first.
 */
export function isMachineryType(checker: ts.TypeChecker, type: ts.Type | undefined): boolean {
  if (!type) return false;
  const nonNullable = checker.getNonNullableType(type);
  const symbol = nonNullable.getSymbol();
  if (!symbol || !(symbol.flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Interface))) return false;
  const declaration = symbol.declarations?.[0];
  const name = declaration ? packageOf(declaration.getSourceFile().fileName) : undefined;
  if (!name || !MACHINERY_PACKAGE.test(name)) return false;
  try {
    return checker.getPropertiesOfType(nonNullable).some((p) => p.flags & ts.SymbolFlags.Method);
  } catch {
    return false;
  }
}

/** `lc_secrets`, `lc_kwargs`, `lc_namespace`: LangChain's serialisation internals, never data. */
export function isFrameworkInternal(property: ts.Symbol): boolean {
  return property.name.startsWith('lc_');
}
