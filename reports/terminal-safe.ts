/**
 * Text from analysed code, inert on a terminal: control characters (ESC starts colour and
 * cursor sequences, CR and newlines forge lines, C1 controls, bidirectional overrides) are
 * shown as `\u001b`-style escapes instead of acting.
 */
export function terminalSafe(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
