import ts from 'typescript';
import type { CallGraph } from '../callgraph/call-graph.js';
import { isModuleNode, type FunctionNode } from '../callgraph/function-node.js';
import { dataProperties, safeTypeAt } from '../types/type-properties.js';
import type { TypeRoles } from '../types/type-roles.js';

/** One intent field (`Task.goal`) and where it is declared. */
export interface IntentField {
  id: string;
  /** The property name (`goal`). */
  property: string;
  declaration: ts.Declaration;
}

/** How a symbol carries an intent field: as the object holding it, or as a value derived from it. */
type Carrier = 'object' | 'value';

/**
 * Follows intent fields from where they are declared through parameters, assignments,
 * destructuring, property copies, templates, concatenation and calls, to every function that
 * holds something derived from them.
 */
export class IntentFlow {
  readonly fields: IntentField[] = [];
  private readonly carriers = new Map<string, Map<ts.Symbol, Carrier>>();

  constructor(
    private readonly checker: ts.TypeChecker,
    private readonly graph: CallGraph,
    private readonly types: TypeRoles,
  ) {
    this.seed();
    this.propagate();
  }

  /** True when the function (its parameters or locals, or those of inline callbacks in it) holds the field. */
  holds(fn: FunctionNode, field: IntentField): boolean {
    if (isModuleNode(fn)) return false;
    const carriers = this.carriers.get(field.id)!;
    for (const symbol of carriers.keys()) {
      const declaration = symbol.valueDeclaration;
      if (declaration && declaration.getSourceFile() === fn.sourceFile && declaration.pos >= fn.decl.pos && declaration.end <= fn.decl.end) return true;
    }
    return false;
  }

  /** True when something derived from the field is in the expression. */
  carries(expression: ts.Node, field: IntentField): boolean {
    return this.referencesCarrier(expression, this.carriers.get(field.id)!, field);
  }

  private seed(): void {
    const byId = new Map<string, IntentField>();
    // Parameters whose type has an intent field are where intent enters a function.
    for (const fn of this.graph.functions) {
      if (ts.isSourceFile(fn.decl)) continue;
      for (const parameter of fn.decl.parameters) {
        const type = safeTypeAt(this.checker, parameter);
        if (!type) continue;
        for (const property of dataProperties(this.checker, type)) {
          const id = this.types.intentField(property);
          const declaration = property.declarations?.[0];
          if (!id || !declaration) continue;
          let field = byId.get(id);
          if (!field) {
            field = { id, property: property.name, declaration };
            byId.set(id, field);
            this.fields.push(field);
            this.carriers.set(id, new Map());
          }
          this.addBinding(parameter.name, field, 'object');
        }
      }
    }
  }

  private addBinding(name: ts.BindingName, field: IntentField, carrier: Carrier): boolean {
    const carriers = this.carriers.get(field.id)!;
    if (ts.isIdentifier(name)) {
      const symbol = this.checker.getSymbolAtLocation(name);
      if (!symbol || carriers.get(symbol) === carrier || carriers.get(symbol) === 'object') return false;
      carriers.set(symbol, carrier);
      return true;
    }
    let changed = false;
    for (const element of name.elements) {
      if (ts.isOmittedExpression(element)) continue;
      const key = element.propertyName ?? element.name;
      const matches = ts.isIdentifier(key) && key.text === field.property;
      if (carrier === 'object' && matches) changed = this.addBinding(element.name, field, 'value') || changed;
      else if (carrier === 'value' || element.dotDotDotToken) changed = this.addBinding(element.name, field, carrier) || changed;
    }
    return changed;
  }

  /** Local assignments and call arguments, until nothing new carries the field. */
  private propagate(): void {
    for (const field of this.fields) {
      for (let changed = true, rounds = 0; changed && rounds < 20; rounds++) {
        changed = false;
        for (const fn of this.graph.functions) {
          if (isModuleNode(fn) || !this.holds(fn, field)) continue;
          const body = (fn.decl as ts.FunctionLikeDeclaration).body;
          if (body) changed = this.propagateLocals(body, field) || changed;
          for (const edge of this.graph.outgoing(fn)) {
            if (edge.kind !== 'call' || isModuleNode(edge.callee)) continue;
            const parameters = (edge.callee.decl as ts.FunctionLikeDeclaration).parameters;
            edge.args.forEach((argument, index) => {
              const parameter = parameters[Math.min(index, parameters.length - 1)];
              if (!parameter || !this.carries(argument, field)) return;
              const carrier: Carrier = this.objectHasField(argument, field) ? 'object' : 'value';
              changed = this.addBinding(parameter.name, field, carrier) || changed;
            });
          }
        }
      }
    }
  }

  private propagateLocals(body: ts.Node, field: IntentField): boolean {
    let changed = false;
    const visit = (node: ts.Node): void => {
      if (ts.isVariableDeclaration(node) && node.initializer && this.carries(node.initializer, field)) {
        changed = this.addBinding(node.name, field, this.objectHasField(node.initializer, field) ? 'object' : 'value') || changed;
      } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(node.left) && this.carries(node.right, field)) {
        changed = this.addBinding(node.left, field, 'value') || changed;
      }
      ts.forEachChild(node, visit);
    };
    visit(body);
    return changed;
  }

  private objectHasField(expression: ts.Node, field: IntentField): boolean {
    const type = safeTypeAt(this.checker, expression);
    return type !== undefined && dataProperties(this.checker, type).some((p) => p.declarations?.[0] === field.declaration);
  }

  private referencesCarrier(expression: ts.Node, carriers: Map<ts.Symbol, Carrier>, field: IntentField): boolean {
    let found = false;
    const visit = (node: ts.Node): void => {
      if (found) return;
      if (ts.isIdentifier(node)) {
        const symbol = this.symbolOf(node);
        const carrier = symbol && carriers.get(symbol);
        if (carrier === 'value') found = true;
        else if (carrier === 'object') {
          const parent = node.parent;
          // `task.goal` carries the goal; `task.userId` does not; `task` on its own carries it whole.
          if (ts.isPropertyAccessExpression(parent) && parent.expression === node) found = parent.name.text === field.property;
          else found = true;
        }
        return;
      }
      ts.forEachChild(node, visit);
    };
    visit(expression);
    return found;
  }

  private symbolOf(identifier: ts.Identifier): ts.Symbol | undefined {
    const parent = identifier.parent;
    if (ts.isShorthandPropertyAssignment(parent) && parent.name === identifier) return this.checker.getShorthandAssignmentValueSymbol(parent);
    if (ts.isPropertyAccessExpression(parent) && parent.name === identifier) return undefined;
    return this.checker.getSymbolAtLocation(identifier);
  }
}
