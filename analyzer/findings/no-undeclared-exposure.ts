import ts from '../typescript.cjs';
import type { AnalysisContext } from '../analysis-context.js';
import type { CheckScope } from './check-scope.js';
import { findTag } from '../annotations/jsdoc-tags.js';
import { describeFunction, isModuleNode, namedFunction, type FunctionNode } from '../callgraph/function-node.js';
import { skipOuterExpressions } from '../callgraph/resolve-callee.js';
import { parameterForArgument } from '../types/parameters.js';
import { dataProperties, isAnyOrUnknown, isObjectLike, safeTypeAt, typeName } from '../types/type-properties.js';
import { findingAt, type Finding } from './finding.js';
import { capturesOf } from '../exposure/captures.js';
import { contextType } from '../exposure/whole-context.js';
import { SyntaxMemo } from '../syntax-memo.js';

/**
 * Data reaching a receiver beyond its contract: extra properties that structural typing lets
 * through, upper-tier variables captured by a lower-tier component defined in their scope, and
 * module-level mutable state written in one tier and read in another.
 */
export function checkUndeclaredExposure(context: AnalysisContext, scope: CheckScope): Finding[] {
  return [...extraProperties(context, scope), ...capturedVariables(context, scope), ...capturedByComponents(context, scope), ...sharedMutableState(context, scope)];
}

/** Variables of a sender's scope captured by a lower-tier framework component built there (a whole context is no-context-passthrough's). */
function capturedByComponents(context: AnalysisContext, scope: CheckScope): Finding[] {
  const findings: Finding[] = [];
  for (const boundary of scope.boundaries) {
    for (const capture of capturesOf(context, boundary)) {
      if (capture.context) continue;
      findings.push(
        findingAt(
          'no-undeclared-exposure',
          capture.reference,
          `${boundary.to.name} (${boundary.toTier}) is built inside ${boundary.from.name} (${boundary.fromTier}) and captures '${capture.reference.text}' from its scope, beyond its declared input; pass what it needs explicitly.`,
          boundary,
        ),
      );
    }
  }
  return findings;
}

function extraProperties(context: AnalysisContext, scope: CheckScope): Finding[] {
  const { checker } = context;
  const findings: Finding[] = [];
  // A whole context handed to a tool factory is no-context-passthrough's alone (DESIGN.md §6), at the
  // tool boundary and at the call into the factory alike.
  const toFactories = new Set(scope.boundaries.filter((b) => b.kind === 'tool').flatMap((b) => b.args.filter((argument) => contextType(context, b, argument))));
  for (const boundary of scope.boundaries) {
    if (!boundary.receiver || boundary.kind === 'model') continue;
    boundary.args.forEach((argument, index) => {
      const parameter = parameterForArgument(boundary.receiver!, index);
      const inner = skipOuterExpressions(argument);
      // A fresh object literal's extra properties are the compiler's excess-property error; a spread escapes that check.
      if (!parameter || parameter.dotDotDotToken || !inner || (ts.isObjectLiteralExpression(inner) && !inner.properties.some(ts.isSpreadAssignment))) return;
      if (toFactories.has(argument)) return;
      const parameterType = safeTypeAt(checker, parameter);
      const argumentType = safeTypeAt(checker, argument);
      if (!parameterType || !argumentType || isAnyOrUnknown(parameterType) || !isObjectLike(checker, parameterType)) return;
      if (checker.getIndexInfosOfType(parameterType).length > 0) return;
      const declared = new Set(dataProperties(checker, parameterType).map((p) => p.name));
      const extra = dataProperties(checker, argumentType)
        .map((p) => p.name)
        .filter((name) => !declared.has(name));
      if (extra.length === 0) return;
      findings.push(
        findingAt(
          'no-undeclared-exposure',
          argument,
          `'${argument.getText()}' (${typeName(checker, argumentType)}) carries ${extra.length} ${extra.length === 1 ? 'property' : 'properties'} beyond the contract of ${boundary.to.name}'s '${parameter.name.getText()}' (${typeName(checker, parameterType)}): ${extra.join(', ')}; structural typing lets ${extra.length === 1 ? 'it' : 'them'} through (${boundary.fromTier} → ${boundary.toTier}).`,
          boundary,
        ),
      );
    });
  }
  return findings;
}

/** A function tagged with a lower tier, defined inside an upper-tier function, that reads that function's variables. */
function capturedVariables(context: AnalysisContext, scope: CheckScope): Finding[] {
  const { checker, tiers } = context;
  const findings: Finding[] = [];
  // The scope's own functions only: ESLint asks once per file linted, and every function of the program each time would be quadratic.
  for (const fn of scope.files.flatMap((file) => context.graph.functionsIn(file))) {
    if (isModuleNode(fn) || !findTag(fn.decl, 'tier')) continue;
    const tier = tiers.tierOfFunction(fn);
    const outer = enclosingUpperTierFunction(context, fn, tier);
    if (!tier || !outer) continue;
    const outerDecl = outer.decl;
    let found: ts.Identifier | undefined;
    const visit = (node: ts.Node): void => {
      if (found) return;
      if (ts.isIdentifier(node) && !isPropertyName(node)) {
        const declaration = checker.getSymbolAtLocation(node)?.declarations?.[0];
        // The outer function's own name is the function, not a variable of its scope.
        if (declaration && declaration !== outerDecl && within(declaration, outerDecl) && !within(declaration, fn.decl)) {
          found = node;
          return;
        }
      }
      ts.forEachChild(node, visit);
    };
    const body = (fn.decl as ts.FunctionLikeDeclaration).body;
    if (body) visit(body);
    if (!found) continue;
    findings.push(
      findingAt(
        'no-undeclared-exposure',
        found,
        `${describeFunction(fn)} (${tier}) is defined inside ${namedFunction(outer).name} (${tiers.tierOfFunction(outer)}) and captures '${found.text}' from its scope; pass what it needs as an argument.`,
      ),
    );
  }
  return findings;
}

function enclosingUpperTierFunction(context: AnalysisContext, fn: FunctionNode, tier: string | null): FunctionNode | undefined {
  if (!tier) return undefined;
  for (let parent = fn.parent; parent && !isModuleNode(parent); parent = parent.parent) {
    const parentTier = context.tiers.tierOfFunction(parent);
    if (parentTier && context.tiers.rank(parentTier) < context.tiers.rank(tier)) return parent;
  }
  return undefined;
}

/** Module-level `let`/`var` written in one tier and read in another: one finding per reading function of another tier. */
function sharedMutableState(context: AnalysisContext, scope: CheckScope): Finding[] {
  let variables = mutableStateUses.get(context);
  if (!variables) {
    variables = collectMutableStateUses(context);
    mutableStateUses.set(context, variables);
  }
  const findings: Finding[] = [];
  for (const variable of variables.values()) {
    const reported = new Set<FunctionNode>();
    for (const read of variable.reads) {
      const writer = [...variable.writers].find((w) => w !== read.tier);
      if (!writer || reported.has(read.fn) || !scope.includes(read.fn.sourceFile)) continue;
      reported.add(read.fn);
      findings.push(
        findingAt(
          'no-undeclared-exposure',
          read.node,
          `Module-level mutable '${variable.name}' is written in ${writer} and read here in ${read.tier} (${namedFunction(read.fn).name}): shared state crosses the boundary undeclared.`,
        ),
      );
    }
  }
  return findings;
}

interface MutableStateUses {
  name: string;
  writers: Set<string>;
  reads: Array<{ node: ts.Identifier; fn: FunctionNode; tier: string }>;
}

/** Writes and reads of module-level mutable variables are collected once per analysis, whatever file is linted. */
const mutableStateUses = new WeakMap<AnalysisContext, Map<ts.Symbol, MutableStateUses>>();

function collectMutableStateUses(context: AnalysisContext): Map<ts.Symbol, MutableStateUses> {
  const { checker, tiers, graph } = context;
  const variables = new Map<ts.Symbol, MutableStateUses>();
  const renamings: Renaming[] = [];
  for (const sourceFile of context.files) {
    const statements = moduleStatementsOf(sourceFile);
    for (const renaming of statements.renamings) renamings.push(renaming);
    for (const declaration of statements.mutables) {
      const symbol = checker.getSymbolAtLocation(declaration.name);
      if (symbol) variables.set(symbol, { name: declaration.name.getText(), writers: new Set(), reads: [] });
    }
  }
  if (variables.size === 0) return variables;
  const names = aliasedNames(renamings, new Set([...variables.values()].map((v) => v.name)));
  const namesKey = [...names].sort().join();
  for (const sourceFile of context.files) {
    for (const node of identifiersNamed(sourceFile, names, namesKey)) {
      let symbol = checker.getSymbolAtLocation(node);
      if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
      const variable = symbol && variables.get(symbol);
      const fn = graph.enclosingFunction(node);
      const tier = tiers.tierOfFunction(fn);
      if (variable && tier && !ts.isImportSpecifier(node.parent) && !ts.isExportSpecifier(node.parent)) {
        if (isWrite(node)) variable.writers.add(tier);
        else variable.reads.push({ node, fn, tier });
      }
    }
  }
  return variables;
}

interface ModuleStatements {
  renamings: readonly Renaming[];
  /** Declarations of module-level variables that are not `const`. */
  mutables: ReadonlyArray<ts.VariableDeclaration & { name: ts.Identifier }>;
}

/** Per SourceFile: what its top-level statements rename and declare mutable. */
const moduleStatements = new SyntaxMemo<ts.SourceFile, ModuleStatements>();

function moduleStatementsOf(sourceFile: ts.SourceFile): ModuleStatements {
  return moduleStatements.get(sourceFile, () => findModuleStatements(sourceFile));
}

function findModuleStatements(sourceFile: ts.SourceFile): ModuleStatements {
  const renamings: Renaming[] = [];
  const mutables: Array<ts.VariableDeclaration & { name: ts.Identifier }> = [];
  for (const statement of sourceFile.statements) {
    renamings.push(...renamingsIn(statement));
    if (!ts.isVariableStatement(statement) || statement.declarationList.flags & ts.NodeFlags.Const) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name)) mutables.push(declaration as ts.VariableDeclaration & { name: ts.Identifier });
    }
  }
  return { renamings, mutables };
}

/** Per SourceFile, under the names asked: the identifiers with one of them. */
const identifiersOfFile = new SyntaxMemo<ts.SourceFile, readonly ts.Identifier[]>();

/** The identifiers of a file with one of the names, other than the names of variable declarations, in source order. */
function identifiersNamed(sourceFile: ts.SourceFile, names: ReadonlySet<string>, namesKey: string): readonly ts.Identifier[] {
  return identifiersOfFile.get(
    sourceFile,
    () => {
      const found: ts.Identifier[] = [];
      const visit = (node: ts.Node): void => {
        if (ts.isIdentifier(node) && names.has(node.text) && !ts.isVariableDeclaration(node.parent)) found.push(node);
        ts.forEachChild(node, visit);
      };
      visit(sourceFile);
      return found;
    },
    namesKey,
  );
}

interface Renaming {
  from: string;
  to: string;
}

/** `import { a as b }` and `export { a as b }`: the names a statement gives under another name. */
function renamingsIn(statement: ts.Statement): Renaming[] {
  const bindings = ts.isImportDeclaration(statement) ? statement.importClause?.namedBindings : ts.isExportDeclaration(statement) ? statement.exportClause : undefined;
  if (!bindings || !(ts.isNamedImports(bindings) || ts.isNamedExports(bindings))) return [];
  return bindings.elements.flatMap((element) => (element.propertyName ? [{ from: element.propertyName.text, to: element.name.text }] : []));
}

/**
 * The names a variable can be read under: its own, and those that renaming imports and re-exports
 * give it (`export { lastGoal as latestGoal }`, then `import { latestGoal as goal }`), followed to
 * a fixed point since a chain may run through the files in any order.
 */
function aliasedNames(renamings: readonly Renaming[], names: Set<string>): Set<string> {
  for (let added = true; added; ) {
    added = false;
    for (const { from, to } of renamings) {
      if (names.has(from) && !names.has(to)) {
        names.add(to);
        added = true;
      }
    }
  }
  return names;
}

function isWrite(identifier: ts.Identifier): boolean {
  const parent = identifier.parent;
  if (ts.isBinaryExpression(parent) && parent.left === identifier && parent.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && parent.operatorToken.kind <= ts.SyntaxKind.LastAssignment) return true;
  if ((ts.isPrefixUnaryExpression(parent) || ts.isPostfixUnaryExpression(parent)) && (parent.operator === ts.SyntaxKind.PlusPlusToken || parent.operator === ts.SyntaxKind.MinusMinusToken)) return true;
  return false;
}

function within(node: ts.Node, container: ts.Node): boolean {
  return node.pos >= container.pos && node.end <= container.end && node.getSourceFile() === container.getSourceFile();
}

function isPropertyName(identifier: ts.Identifier): boolean {
  const parent = identifier.parent;
  return (ts.isPropertyAccessExpression(parent) && parent.name === identifier) || (ts.isPropertyAssignment(parent) && parent.name === identifier);
}
