import { Annotation, END, START, StateGraph } from '@langchain/langgraph';

/** A council-tier subgraph whose state shares draft, customer and locale with a parent; its one node reads only draft. */
export const AuditState = Annotation.Root({
  draft: Annotation<string>,
  customer: Annotation<string>,
  locale: Annotation<string>,
  verdict: Annotation<string>,
});

async function check(state: typeof AuditState.State) {
  return { verdict: state.draft.length > 0 ? 'ok' : 'empty' };
}

export const auditGraph = new StateGraph(AuditState).addNode('check', check).addEdge(START, 'check').addEdge('check', END).compile({ name: 'audit' });
