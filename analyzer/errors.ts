/**
 * A problem with the user's input (tsconfig, config file, command line) rather than a bug:
 * reported as one clear line naming the file, with exit code 2, never a stack trace.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(
    message: string,
    readonly file?: string,
  ) {
    super(file ? `${file}: ${message}` : message);
  }
}
