// The code of each implementation-tier RuleTester case replaces this file.
export {};
