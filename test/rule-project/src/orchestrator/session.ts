export interface SessionState {
  goal: string;
  userId: string;
}

export function escalate(reason: string): string {
  return `escalated: ${reason}`;
}

export class SessionLog {
  readonly lines: string[] = [];
  constructor(readonly sessionId: string) {}
}

export class SessionClock {
  readonly startedAt = Date.now();
}

export default escalate;

/** @tier implementation */
export const formatReason = (reason: string): string => reason.trim();
