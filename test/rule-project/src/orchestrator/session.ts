export interface SessionState {
  goal: string;
  userId: string;
}

export function escalate(reason: string): string {
  return `escalated: ${reason}`;
}
