// The code of each RuleTester case written in an untiered file replaces this file.
export {};
