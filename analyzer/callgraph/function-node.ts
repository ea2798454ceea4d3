import ts from '../typescript.cjs';

export type FunctionDeclarationLike =
  | ts.FunctionDeclaration
  | ts.MethodDeclaration
  | ts.ConstructorDeclaration
  | ts.GetAccessorDeclaration
  | ts.SetAccessorDeclaration
  | ts.ArrowFunction
  | ts.FunctionExpression;

/** A function of the program (or a file's top-level code, `decl` being the SourceFile). */
export interface FunctionNode {
  index: number;
  decl: FunctionDeclarationLike | ts.SourceFile;
  sourceFile: ts.SourceFile;
  /** `plan`, `Researcher.run`, or `<anonymous>` for an inline function. */
  name: string;
  /** False for inline anonymous functions, which report as the function around them. */
  named: boolean;
  /** The lexically enclosing function; the module node for top-level functions. */
  parent?: FunctionNode;
  /** The class a method, constructor or property function belongs to. */
  classDecl?: ts.ClassLikeDeclaration;
}

export function isFunctionWithBody(node: ts.Node): node is FunctionDeclarationLike {
  switch (node.kind) {
    case ts.SyntaxKind.FunctionDeclaration:
    case ts.SyntaxKind.MethodDeclaration:
    case ts.SyntaxKind.Constructor:
    case ts.SyntaxKind.GetAccessor:
    case ts.SyntaxKind.SetAccessor:
    case ts.SyntaxKind.ArrowFunction:
    case ts.SyntaxKind.FunctionExpression:
      return (node as ts.FunctionLikeDeclaration).body !== undefined;
    default:
      return false;
  }
}

export function isModuleNode(fn: FunctionNode): fn is FunctionNode & { decl: ts.SourceFile } {
  return ts.isSourceFile(fn.decl);
}

/** The function a report names for `fn`: itself when named, else the nearest named enclosing function. */
export function namedFunction(fn: FunctionNode): FunctionNode {
  let current = fn;
  while (!current.named && current.parent && !isModuleNode(current.parent)) current = current.parent;
  return current;
}

/** How a message names `fn`: its name; an unnamed function by the call it is passed to, else by its line. */
export function describeFunction(fn: FunctionNode): string {
  if (fn.named || isModuleNode(fn)) return fn.name;
  let argument: ts.Node = fn.decl;
  while (ts.isParenthesizedExpression(argument.parent)) argument = argument.parent;
  const call = argument.parent;
  if ((ts.isCallExpression(call) || ts.isNewExpression(call)) && call.arguments?.some((a) => a === argument)) {
    return `the function passed to ${calleeText(call.expression) ?? 'a call'}`;
  }
  return `the function at line ${fn.sourceFile.getLineAndCharacterOfPosition(fn.decl.getStart(fn.sourceFile)).line + 1}`;
}

/** `tool`, `items.map`, `this.graph.addNode`; only the member's name after a call or anything else (`then`). */
function calleeText(callee: ts.Expression): string | undefined {
  if (ts.isIdentifier(callee) || callee.kind === ts.SyntaxKind.ThisKeyword) return callee.getText();
  if (!ts.isPropertyAccessExpression(callee)) return undefined;
  const object = calleeText(callee.expression);
  return object === undefined ? callee.name.text : `${object}.${callee.name.text}`;
}

export function functionName(decl: FunctionDeclarationLike): { name: string; named: boolean; classDecl?: ts.ClassLikeDeclaration } {
  const classDecl = enclosingClass(decl);
  const className = classDecl?.name?.text ?? (classDecl ? variableNameOf(classDecl) : undefined);
  const qualify = (member: string) => (className ? `${className}.${member}` : member);
  if (ts.isConstructorDeclaration(decl)) return { name: qualify('constructor'), named: true, classDecl };
  if (decl.name && (ts.isIdentifier(decl.name) || ts.isPrivateIdentifier(decl.name) || ts.isStringLiteral(decl.name))) {
    return { name: ts.isFunctionDeclaration(decl) || ts.isFunctionExpression(decl) ? decl.name.text : qualify(decl.name.text), named: true, classDecl };
  }
  const parent = decl.parent;
  if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return { name: parent.name.text, named: true };
  if ((ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) && (ts.isIdentifier(parent.name) || ts.isStringLiteral(parent.name))) {
    return { name: ts.isPropertyDeclaration(parent) ? qualify(parent.name.text) : parent.name.text, named: true, classDecl: ts.isPropertyDeclaration(parent) ? classDecl : undefined };
  }
  return { name: '<anonymous>', named: false };
}

function enclosingClass(decl: FunctionDeclarationLike): ts.ClassLikeDeclaration | undefined {
  if (ts.isMethodDeclaration(decl) || ts.isConstructorDeclaration(decl) || ts.isGetAccessor(decl) || ts.isSetAccessor(decl)) {
    return ts.isClassLike(decl.parent) ? decl.parent : undefined;
  }
  if (ts.isPropertyDeclaration(decl.parent) && ts.isClassLike(decl.parent.parent)) return decl.parent.parent;
  return undefined;
}

function variableNameOf(node: ts.Node): string | undefined {
  return ts.isVariableDeclaration(node.parent) && ts.isIdentifier(node.parent.name) ? node.parent.name.text : undefined;
}
