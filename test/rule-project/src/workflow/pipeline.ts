export function runPipeline(steps: string[]): number {
  return steps.length;
}
