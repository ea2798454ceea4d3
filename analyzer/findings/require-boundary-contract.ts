import ts from '../typescript.cjs';
import type { AnalysisContext } from '../analysis-context.js';
import type { CheckScope } from './check-scope.js';
import type { Boundary } from '../boundaries/boundary.js';
import { relativePath } from '../program/project-files.js';
import { parameterForArgument } from '../types/parameters.js';
import { findingAt, type Finding } from './finding.js';
import { noteCheckerFault } from '../program/checker-faults.js';

/**
 * A receiver whose input is any/unknown/untyped, or typed with a type declared in the sender's
 * tier: nothing was designed for the receiver. Judged per crossing argument, on calls and tools.
 */
export function checkBoundaryContract(context: AnalysisContext, scope: CheckScope): Finding[] {
  const findings: Finding[] = [];
  for (const boundary of scope.boundaries) {
    if (boundary.kind === 'tool' && boundary.contract === null) {
      findings.push(findingAt('require-boundary-contract', boundary.site, `Boundary ${boundary.fromTier} → ${boundary.toTier} has no contract: tool ${boundary.to.name} declares no input schema.`, boundary));
      continue;
    }
    if ((boundary.kind !== 'call' && boundary.kind !== 'tool') || !boundary.receiver) continue;
    boundary.args.forEach((arg, index) => {
      const parameter = parameterForArgument(boundary.receiver!, index);
      if (!parameter) return;
      const problem = contractProblem(context, boundary, parameter);
      if (problem) {
        findings.push(
          findingAt(
            'require-boundary-contract',
            arg,
            `Boundary ${boundary.fromTier} → ${boundary.toTier} has no contract: parameter '${parameter.name.getText()}' of ${boundary.to.name} ${problem}.`,
            boundary,
          ),
        );
      }
    });
  }
  return findings;
}

function contractProblem(context: AnalysisContext, boundary: Boundary, parameter: ts.ParameterDeclaration): string | undefined {
  const { checker } = context;
  const type = safeType(checker, parameter);
  // Without an annotation, a parameter is typed by its default value or its function's declared type; `any` from either is untyped.
  if (!parameter.type) return !type || type.flags & ts.TypeFlags.Any ? 'is untyped' : undefined;
  if (type && type.flags & ts.TypeFlags.Any) return 'is typed any';
  if (type && type.flags & ts.TypeFlags.Unknown) return 'is typed unknown';
  for (const reference of typeReferencesIn(parameter.type)) {
    let symbol = checker.getSymbolAtLocation(reference.typeName);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    const declaration = symbol?.declarations?.[0];
    if (!declaration || !context.isProjectFile(declaration.getSourceFile())) continue;
    if (context.types.isContract(declaration)) continue;
    const typeTier = context.tiers.tierOfFile(declaration.getSourceFile());
    if (typeTier !== boundary.fromTier || typeTier === boundary.toTier) continue;
    return `is typed '${reference.typeName.getText()}', declared in the sender's tier ${typeTier} (${relativePath(context.rootDir, declaration.getSourceFile().fileName)}); declare a contract the receiver owns`;
  }
  return undefined;
}

function typeReferencesIn(typeNode: ts.TypeNode): ts.TypeReferenceNode[] {
  const references: ts.TypeReferenceNode[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTypeReferenceNode(node)) references.push(node);
    ts.forEachChild(node, visit);
  };
  visit(typeNode);
  return references;
}

function safeType(checker: ts.TypeChecker, parameter: ts.ParameterDeclaration): ts.Type | undefined {
  try {
    return checker.getTypeAtLocation(parameter);
  } catch (error) {
    noteCheckerFault(checker, error, parameter);
    return undefined;
  }
}
