// The code of each council-tier RuleTester case replaces this file.
export {};
