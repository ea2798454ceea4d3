/** @context */
export interface AppContext {
  goal: string;
  userId: string;
  apiKey: string;
  locale: string;
}

export interface Task {
  /** @reshimu */
  goal: string;
  id: string;
}
