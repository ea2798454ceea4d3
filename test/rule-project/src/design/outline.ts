export function outline(goal: string): string[] {
  return [goal];
}
