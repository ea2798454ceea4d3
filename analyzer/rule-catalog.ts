import type { RuleId, RuleLevel } from './model.js';

/** The four checks judged at every boundary (DESIGN.md §6). */
export type CheckName = 'declared' | 'calibrated' | 'preserving' | 'directed';

export interface RuleDescription {
  id: RuleId;
  /** One line, imperative, as in ESLint's `meta.docs.description`. */
  description: string;
  /** What a finding means, in the language of designed boundaries: used for help texts. */
  rationale: string;
  recommended: RuleLevel;
  strict: RuleLevel;
  check: CheckName;
}

export const REPOSITORY_URL = 'https://github.com/tzimtzum/eslint-plugin-tzimtzum';

export function ruleDocsUrl(id: RuleId): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${id}.md`;
}

export const RULE_CATALOG: Record<RuleId, RuleDescription> = {
  'no-context-passthrough': {
    id: 'no-context-passthrough',
    description: 'Disallow handing a whole context object down across a tier boundary',
    rationale:
      'A context passed whole (as-is, spread, or serialised into a prompt) gives the receiver everything the sender holds. A designed boundary passes what the receiver needs.',
    recommended: 'error',
    strict: 'error',
    check: 'calibrated',
  },
  'no-conversation-passthrough': {
    id: 'no-conversation-passthrough',
    description: 'Disallow forwarding the whole conversation history across a boundary by default',
    rationale:
      'A handoff with no input filter, a sub-agent with no message filter, or the full message list handed down gives the receiver every turn of the conversation because nobody chose what to forward.',
    recommended: 'warn',
    strict: 'error',
    check: 'calibrated',
  },
  'no-undeclared-exposure': {
    id: 'no-undeclared-exposure',
    description: "Disallow data reaching a receiver beyond its declared contract",
    rationale:
      'Structural typing lets extra properties, captured variables and shared mutable state through silently; the receiver then sees more than its contract says.',
    recommended: 'error',
    strict: 'error',
    check: 'calibrated',
  },
  'require-boundary-contract': {
    id: 'require-boundary-contract',
    description: 'Require the receiver of a boundary to declare the input it accepts',
    rationale:
      'A receiver typed any/unknown, or typed with a type owned by the sender, has no contract of its own: the upper tier dictates what crosses.',
    recommended: 'warn',
    strict: 'error',
    check: 'declared',
  },
  'preserve-reshimu': {
    id: 'preserve-reshimu',
    description: 'Require the original intent of a request to reach the code that acts on it',
    rationale:
      'Intent fields (goal, constraints, policy) must reach the implementation tier or the model; a boundary that drops them loses the Reshimu.',
    recommended: 'error',
    strict: 'error',
    check: 'preserving',
  },
  'no-tier-skip': {
    id: 'no-tier-skip',
    description: 'Disallow calls that skip a declared tier',
    rationale: 'A call from tier i to tier j > i+1 bypasses the tiers in between and the reductions they make.',
    recommended: 'warn',
    strict: 'error',
    check: 'directed',
  },
  'no-upward-dependency': {
    id: 'no-upward-dependency',
    description: 'Disallow calls and value imports from a lower tier into a higher one',
    rationale: 'Data and control flow down the stack; a lower tier that reaches up couples the receiver to its sender.',
    recommended: 'error',
    strict: 'error',
    check: 'directed',
  },
  'no-unused-exposure': {
    id: 'no-unused-exposure',
    description: 'Disallow passing fields across a boundary that the receiver never reads',
    rationale: 'Fields the receiver never reads are exposure without purpose: pass only what is used.',
    recommended: 'off',
    strict: 'error',
    check: 'calibrated',
  },
  'no-sensitive-exposure': {
    id: 'no-sensitive-exposure',
    description: 'Disallow sensitive properties crossing into model calls or undeclaring lower tiers',
    rationale:
      'Secrets, credentials and personal identifiers must not reach a prompt, or a lower tier whose contract does not declare them.',
    recommended: 'error',
    strict: 'error',
    check: 'calibrated',
  },
};
