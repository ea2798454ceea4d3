/**
 * A global the runtime provides, declared in a file of its own. Its declaration sits far enough into
 * this file that its position falls inside a function of a test case's file: only the file tells
 * them apart (no-undeclared-exposure must not take it for a variable captured from that function).
 */
declare const RUNTIME_REGION: string;
