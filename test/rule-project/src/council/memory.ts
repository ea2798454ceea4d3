/** Module-level state written in the council tier; other tiers import it, by its name or renamed. */
export let lastAdvice = '';

export function remember(advice: string): void {
  lastAdvice = advice;
}

/** A workflow step nested in a council function that captures its parameter: a finding of this file only, whatever file is linted. */
export function recall(topic: string): string {
  /** @tier workflow */
  const lookUp = () => topic.trim();
  return lookUp();
}

export { lastAdvice as latestAdvice };
