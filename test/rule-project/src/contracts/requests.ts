export interface ReviewRequest {
  goal: string;
  constraints: string[];
}
