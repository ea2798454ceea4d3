import type { ReviewRequest } from '../contracts/requests.js';
import type { SessionState } from '../orchestrator/session.js';

export function review(request: ReviewRequest): string {
  return request.goal;
}

export function reviewLoosely(request: any): string {
  return String(request);
}

export function reviewSession(state: SessionState): string {
  return state.goal;
}
