// The code of each orchestrator-tier RuleTester case replaces this file.
export {};
