import ts from '../typescript.cjs';
import { functionName, isFunctionWithBody, type FunctionDeclarationLike } from './function-node.js';
import { skipOuterExpressions } from './resolve-callee.js';

/** A function of one file, with the function around it as an index into the same file's list (-1: the module). */
export interface IndexedFunction {
  decl: FunctionDeclarationLike;
  parent: number;
  name: string;
  named: boolean;
  classDecl?: ts.ClassLikeDeclaration;
}

/**
 * What the call graph needs from one file's syntax: its functions, classes, calls (with the
 * function each is in) and the names under which its declarations may be called or handed over.
 * A pure function of the SourceFile, so the next program reuses it for every SourceFile it reuses.
 */
export interface FileIndex {
  functions: IndexedFunction[];
  classes: ts.ClassLikeDeclaration[];
  calls: Array<{ caller: number; call: ts.CallExpression | ts.NewExpression }>;
  callees: Set<string>;
  references: Set<string>;
}

export function indexFile(sourceFile: ts.SourceFile): FileIndex {
  const index: FileIndex = { functions: [], classes: [], calls: [], callees: new Set(), references: new Set() };
  // The function the walk is in (-1: the module); one callback for every node, not one per node.
  let current = -1;
  const visit = (node: ts.Node): void => {
    if (ts.isClassLike(node)) index.classes.push(node);
    addCallableName(node, index);
    const outer = current;
    if (isFunctionWithBody(node)) {
      current = index.functions.length;
      index.functions.push({ decl: node, parent: outer, ...functionName(node) });
    } else if (ts.isCallExpression(node) || ts.isNewExpression(node)) index.calls.push({ caller: current, call: node });
    ts.forEachChild(node, visit);
    current = outer;
  };
  ts.forEachChild(sourceFile, visit);
  return index;
}

/** The kinds of node `addCallableName` may take a name from: every other node (most of a file) is passed at once. */
const NAMING_KINDS = new Set([
  ts.SyntaxKind.ImportSpecifier,
  ts.SyntaxKind.NamespaceImport,
  ts.SyntaxKind.ImportClause,
  ts.SyntaxKind.ImportEqualsDeclaration,
  ts.SyntaxKind.FunctionDeclaration,
  ts.SyntaxKind.MethodDeclaration,
  ts.SyntaxKind.GetAccessor,
  ts.SyntaxKind.SetAccessor,
  ts.SyntaxKind.MethodSignature,
  ts.SyntaxKind.PropertySignature,
  ts.SyntaxKind.PropertyDeclaration,
  ts.SyntaxKind.ClassDeclaration,
  ts.SyntaxKind.VariableDeclaration,
  ts.SyntaxKind.PropertyAssignment,
  ts.SyntaxKind.ShorthandPropertyAssignment,
  ts.SyntaxKind.BindingElement,
]);

/**
 * Records the names under which `node` may be called (`callees`: functions, methods and their
 * signatures, classes, variables holding a function or a returned closure, import aliases) and
 * under which it may be handed over as a callback (`references`: only what has a body of its own,
 * a function-valued variable or property, or an import alias; an interface member handed over
 * resolves to implementations that bear its name).
 */
function addCallableName(node: ts.Node, names: Pick<FileIndex, 'callees' | 'references'>): void {
  if (!NAMING_KINDS.has(node.kind)) return;
  if (ts.isImportSpecifier(node) || ts.isNamespaceImport(node) || ts.isImportClause(node) || ts.isImportEqualsDeclaration(node)) {
    if (node.name) addBoth(names, node.name.text);
  } else if (isFunctionWithBody(node) && !ts.isArrowFunction(node) && !ts.isFunctionExpression(node)) {
    const name = node.name;
    if (name && (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isPrivateIdentifier(name))) addBoth(names, name.text);
  } else if (
    ts.isFunctionDeclaration(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isMethodSignature(node) ||
    ts.isPropertySignature(node) ||
    ts.isPropertyDeclaration(node) ||
    ts.isClassDeclaration(node) ||
    ts.isGetAccessor(node) ||
    ts.isSetAccessor(node)
  ) {
    const name = node.name;
    if (!name || !(ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isPrivateIdentifier(name))) return;
    names.callees.add(name.text);
    if (ts.isPropertyDeclaration(node) && holdsFunction(node.initializer)) names.references.add(name.text);
  } else if ((ts.isVariableDeclaration(node) || ts.isPropertyAssignment(node)) && node.initializer) {
    if (!ts.isIdentifier(node.name) && !ts.isStringLiteral(node.name)) return;
    if (holdsFunction(node.initializer)) addBoth(names, node.name.text);
    // A variable holding what a call returns may hold a closure (`const handler = makeHandler()`).
    else if (ts.isVariableDeclaration(node)) names.callees.add(node.name.text);
  } else if (ts.isShorthandPropertyAssignment(node) || ts.isBindingElement(node)) {
    if (ts.isIdentifier(node.name)) names.callees.add(node.name.text);
  }
}

function addBoth(names: Pick<FileIndex, 'callees' | 'references'>, name: string): void {
  names.callees.add(name);
  names.references.add(name);
}

function holdsFunction(initializer: ts.Expression | undefined): boolean {
  const inner = skipOuterExpressions(initializer);
  return inner !== undefined && isFunctionWithBody(inner);
}
