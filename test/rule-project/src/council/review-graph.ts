import { Annotation, END, MessagesAnnotation, START, StateGraph } from '@langchain/langgraph';

/** A council-tier subgraph that orchestrator cases add as a node: it shares the message history. */
export const ReviewState = Annotation.Root({
  ...MessagesAnnotation.spec,
  draft: Annotation<string>,
});

async function critique(state: typeof ReviewState.State) {
  return { draft: `${state.draft} (${state.messages.length} messages)` };
}

export const reviewGraph = new StateGraph(ReviewState).addNode('critique', critique).addEdge(START, 'critique').addEdge('critique', END).compile({ name: 'review' });
